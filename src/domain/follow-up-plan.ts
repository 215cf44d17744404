// Starting a follow-up visit from a baseline: the records it begins with (the visit, its rooms, the
// goals to re-rate and one outcome record per recommendation), as plain data another layer saves.
import { calendarDateAt } from './calendar-date';
import type { FieldValues } from './entities';
import { derivedId, type RecordId } from './ids';
import { isFlagSet, isLive, liveRecords, type RecordView, textField } from './record-view';

/** One visit's records; every list may hold tombstones, which are ignored. */
export interface VisitRecordSet<R extends RecordView = RecordView> {
  assessment: R;
  rooms: readonly R[];
  findings: readonly R[];
  interventions: readonly R[];
  goals: readonly R[];
}

/** Who makes the follow-up visit, as the session names them. */
export interface Therapist {
  id: string;
  name: string;
}

/** One record to write: its entity, id and fields. */
export interface PlannedRecord {
  entity: 'assessment' | 'room' | 'goal' | 'intervention';
  id: RecordId;
  fields: FieldValues;
}

/** What a follow-up starts with. `records` lists the assessment last, so a half-written plan is never a visit. */
export interface FollowUpPlan {
  assessmentId: RecordId;
  records: PlannedRecord[];
}

/** A baseline recommendation whose outcome the follow-up records, with the barrier it was for. */
export interface BaselineRecommendation<
  I extends RecordView = RecordView,
  F extends RecordView = RecordView,
  Ro extends RecordView = RecordView,
> {
  intervention: I;
  finding: F | undefined;
  room: Ro | undefined;
}

/** The parts of a visit its recommendations are read from, each of its own record type. */
export interface RecommendationSource<I, F, Ro> {
  interventions: readonly I[];
  findings: readonly F[];
  rooms: readonly Ro[];
}

const ASSESSMENT_FIELDS_KEPT = [
  'clientId',
  'setting',
  'checklistId',
  'checklistVersion',
  // A follow-up is judged by the baseline's standard, so the two visits compare like with like.
  'standard',
  'address',
  'locationName',
  'floorPlanPhotoId',
] as const;
const ROOM_FIELDS_KEPT = ['name', 'areaId', 'order', 'level', 'planX', 'planY'] as const;
const GOAL_FIELDS_KEPT = [
  'clientId',
  'activity',
  'activityKind',
  'order',
  'importance',
  // The goal's attainment scale, written at baseline, is what the follow-up marks against.
  'gasMinus2',
  'gasMinus1',
  'gasExpected',
  'gasPlus1',
  'gasPlus2',
  'gasBaselineLevel',
] as const;
const INTERVENTION_FIELDS_KEPT = [
  'title',
  'catalogueId',
  'category',
  'priority',
  'provider',
] as const;

function copyFields(record: RecordView, names: readonly string[]): FieldValues {
  const copied: FieldValues = {};
  for (const name of names) {
    const value = record.fields[name];
    if (value !== undefined && value !== null) copied[name] = value;
  }
  return copied;
}

/** The follow-up's room re-checking a baseline room: the same id on every device. */
export const followUpRoomId = (followUpId: string, baselineRoomId: string) =>
  derivedId('room', followUpId, baselineRoomId);

/** The follow-up's goal re-rating a baseline goal. */
export const followUpGoalId = (followUpId: string, baselineGoalId: string) =>
  derivedId('goal', followUpId, baselineGoalId);

/**
 * The follow-up's record of a baseline recommendation's outcome. Derived, so a recommendation
 * added to the baseline after the follow-up began gets the same record on every device.
 */
export const outcomeRecordId = (followUpId: string, baselineInterventionId: string) =>
  derivedId('intervention', followUpId, baselineInterventionId);

/**
 * The recommendations a follow-up asks about: live, not declined, and not on a removed barrier or
 * room (the rule the visit summary's scope of works uses).
 */
export function baselineRecommendations<
  I extends RecordView,
  F extends RecordView,
  Ro extends RecordView,
>(baseline: RecommendationSource<I, F, Ro>): BaselineRecommendation<I, F, Ro>[] {
  const findings = new Map(baseline.findings.map((finding) => [finding.id, finding]));
  const rooms = new Map(baseline.rooms.map((room) => [room.id, room]));
  return liveRecords(baseline.interventions).flatMap((intervention) => {
    if (textField(intervention, 'status') === 'declined') return [];
    const findingId = textField(intervention, 'findingId');
    const finding = findingId === undefined ? undefined : findings.get(findingId);
    const roomId = finding === undefined ? undefined : textField(finding, 'roomId');
    const room = roomId === undefined ? undefined : rooms.get(roomId);
    if ((finding !== undefined && !isLive(finding)) || (room !== undefined && !isLive(room)))
      return [];
    return [{ intervention, finding, room }];
  });
}

/** The fields of a new outcome record: what the recommendation was, to be told what became of it. */
export function outcomeRecordFields(followUpId: RecordId, intervention: RecordView): FieldValues {
  return {
    ...copyFields(intervention, INTERVENTION_FIELDS_KEPT),
    assessmentId: followUpId,
    baselineInterventionId: intervention.id,
  };
}

/**
 * Plans a follow-up of `baseline` made by `therapist` at `now` (ms): the same client, setting,
 * place and checklist version; the baseline's rooms (skipped rooms are left out, as the home has
 * no such room; any room can be added again); its goals with their baseline ratings carried over
 * to be re-rated; and an outcome record per recommendation. Findings are not copied: each item is
 * answered afresh and shown beside its baseline answer.
 */
export function planFollowUp(
  baseline: VisitRecordSet,
  newId: () => RecordId,
  now: number,
  therapist: Therapist | undefined,
): FollowUpPlan {
  const assessmentId = newId();
  const rooms = liveRecords(baseline.rooms)
    .filter((room) => !isFlagSet(room, 'skipped'))
    .map<PlannedRecord>((room) => ({
      entity: 'room',
      id: followUpRoomId(assessmentId, room.id),
      fields: { ...copyFields(room, ROOM_FIELDS_KEPT), assessmentId, baselineRoomId: room.id },
    }));
  const goals = liveRecords(baseline.goals).map<PlannedRecord>((goal) => ({
    entity: 'goal',
    id: followUpGoalId(assessmentId, goal.id),
    fields: {
      ...copyFields(goal, GOAL_FIELDS_KEPT),
      ...copyFields(goal, ['performanceBaseline', 'satisfactionBaseline']),
      assessmentId,
      baselineGoalId: goal.id,
    },
  }));
  const outcomes = baselineRecommendations(baseline).map<PlannedRecord>(({ intervention }) => ({
    entity: 'intervention',
    id: outcomeRecordId(assessmentId, intervention.id),
    fields: outcomeRecordFields(assessmentId, intervention),
  }));
  const assessment: PlannedRecord = {
    entity: 'assessment',
    id: assessmentId,
    fields: {
      ...copyFields(baseline.assessment, ASSESSMENT_FIELDS_KEPT),
      type: 'follow-up',
      baselineId: baseline.assessment.id,
      date: calendarDateAt(now),
      status: 'draft',
      startedAt: now,
      ...(therapist === undefined
        ? {}
        : { therapistId: therapist.id, therapistName: therapist.name }),
    },
  };
  return { assessmentId, records: [...rooms, ...goals, ...outcomes, assessment] };
}
