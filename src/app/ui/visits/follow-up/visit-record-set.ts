// A loaded visit as the follow-up rules read it: the assessment with its rooms, findings,
// recommendations and goals.
import type { VisitRecordSet } from '../../../../domain/follow-up-plan';
import type { VisitData } from '../use-visit';

/** The visit's own records, for planning its follow-up or comparing it with its baseline. */
export function visitRecordSet(data: VisitData): VisitRecordSet {
  return {
    assessment: data.visit,
    rooms: data.rooms,
    findings: data.findings,
    interventions: data.interventions,
    goals: data.goals,
  };
}
