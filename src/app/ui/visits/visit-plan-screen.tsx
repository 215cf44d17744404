// The visit's floor plan screen: the plan with a pin per room and per barrier.
import { AppLink } from '../app-link';
import { FloorPlanView } from '../floor-plan/floor-plan-view';
import { ScreenFrame } from '../screens/screen-frame';
import type { VisitData } from './use-visit';
import { visitPath } from './visit-routes';

export function VisitPlanScreen({ data }: { data: VisitData }) {
  return (
    <ScreenFrame title="Floor plan">
      <AppLink class="button" href={visitPath(data.visit.id)}>
        Back to the visit
      </AppLink>
      <FloorPlanView assessmentId={data.visit.id} />
    </ScreenFrame>
  );
}
