// The Visits area: the list at once; a new visit and one visit's screens loaded on demand.

import type { EntityName } from '../../../domain/entities';
import { lazyScreen } from '../lazy-screen';
import { useLocation } from '../router';
import { VISIT_LIST_ENTITIES, VisitList } from './visit-list';
import { visitRoute } from './visit-routes';

const NewVisit = lazyScreen('New visit', async () => (await import('./new-visit')).NewVisit);
const VisitScreens = lazyScreen(
  'Visit',
  async () => (await import('./visit-screens')).VisitScreens,
);

/** The records the Visits screen at `path` lists first. */
export function visitsScreenLists(path: string): readonly EntityName[] {
  return visitRoute(path, '').screen === 'list' ? VISIT_LIST_ENTITIES : [];
}

export function VisitsScreen() {
  const { path, search } = useLocation();
  const route = visitRoute(path, search);
  if (route.screen === 'list') return <VisitList />;
  if (route.screen === 'new') return <NewVisit />;
  return <VisitScreens route={route} visitId={route.visitId} />;
}
