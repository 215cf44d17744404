// One visit's screens: its overview, a room, the floor plan, the summary and a follow-up's outcome
// summary (loaded on demand).
import type { RecordId } from '../../../domain/ids';
import { ScreenFrame } from '../screens/screen-frame';
import { OutcomeScreen } from './follow-up/outcome-screen';
import { RoomWalk } from './room-walk';
import { useVisit } from './use-visit';
import { VisitLock } from './visit-lock';
import { VisitOverview } from './visit-overview';
import { VisitPlanScreen } from './visit-plan-screen';
import type { VisitRoute } from './visit-routes';
import { VisitSummaryScreen } from './visit-summary-screen';

interface VisitScreensProps {
  route: VisitRoute;
  visitId: RecordId;
}

/** The visit's screens, read-only once it is signed off (until the person amends it). */
export function VisitScreens(props: VisitScreensProps) {
  return (
    <VisitLock visitId={props.visitId}>
      <VisitScreen {...props} />
    </VisitLock>
  );
}

function VisitScreen({ route, visitId }: VisitScreensProps) {
  const load = useVisit(visitId);
  if (load.state === 'loading') return <ScreenFrame title="Visit">Loading…</ScreenFrame>;
  if (load.state === 'missing') {
    return <ScreenFrame title="Visit">This visit is not on this device.</ScreenFrame>;
  }
  if (route.screen === 'room') {
    return <RoomWalk data={load.data} roomId={route.roomId} itemId={route.itemId} />;
  }
  if (route.screen === 'plan') return <VisitPlanScreen data={load.data} />;
  if (route.screen === 'summary') return <VisitSummaryScreen data={load.data} />;
  if (route.screen === 'outcome') return <OutcomeScreen data={load.data} />;
  return <VisitOverview data={load.data} />;
}
