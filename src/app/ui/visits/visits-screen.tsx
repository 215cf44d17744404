// The Visits area: the list, a new visit, and one visit's overview, rooms, floor plan and summary.
import type { RecordId } from '../../../domain/ids';
import { useLocation } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { NewVisit } from './new-visit';
import { RoomWalk } from './room-walk';
import { useVisit } from './use-visit';
import { VisitList } from './visit-list';
import { VisitOverview } from './visit-overview';
import { VisitPlanScreen } from './visit-plan-screen';
import { type VisitRoute, visitRoute } from './visit-routes';
import { VisitSummaryScreen } from './visit-summary-screen';

function VisitScreens({ route, visitId }: { route: VisitRoute; visitId: RecordId }) {
  const load = useVisit(visitId);
  if (load.state === 'loading') return <ScreenFrame title="Visit">Loading…</ScreenFrame>;
  if (load.state === 'missing')
    return <ScreenFrame title="Visit">This visit is not on this device.</ScreenFrame>;
  if (route.screen === 'room')
    return <RoomWalk data={load.data} roomId={route.roomId} itemId={route.itemId} />;
  if (route.screen === 'plan') return <VisitPlanScreen data={load.data} />;
  if (route.screen === 'summary') return <VisitSummaryScreen data={load.data} />;
  return <VisitOverview data={load.data} />;
}

export function VisitsScreen() {
  const { path, search } = useLocation();
  const route = visitRoute(path, search);
  if (route.screen === 'list') return <VisitList />;
  if (route.screen === 'new') return <NewVisit />;
  return <VisitScreens route={route} visitId={route.visitId} />;
}
