// A follow-up against its baseline: barriers resolved, persisting and new, what became of each
// recommendation, and the change in each goal's ratings. Takes records, returns plain data.
import { type Checklist, itemsWithRetired, type Severity } from './checklist';
import { INTERVENTION_OUTCOMES, type InterventionOutcome } from './entities';
import { baselineRecommendations, type VisitRecordSet } from './follow-up-plan';
import {
  isFlagSet,
  liveRecords,
  numberField,
  oneOfField,
  type RecordView,
  textField,
} from './record-view';
import { findingFor, orderedRooms } from './visit-progress';

/**
 * A change of 2 points or more in a 1-10 performance or satisfaction rating is flagged: the COPM
 * authors' convention (https://www.thecopm.ca/ufaqs/4-what-amount-of-change-in-the-scores-represent-an-important-difference/),
 * traced to one opinion-based programme evaluation and found not empirically supported by a
 * scoping review (McColl et al. 2023, CJOT); reported MIC values range from 0.9 to 2.2. It is a
 * convention, not a proven threshold, and the app says so wherever it flags a change.
 */
export const CLINICALLY_IMPORTANT_CHANGE = 2;

/** How the flag is explained beside the ratings. */
export const CHANGE_CONVENTION_NOTE = `A change of ${CLINICALLY_IMPORTANT_CHANGE} points or more is flagged, by the COPM authors' convention; it is not a proven threshold of clinical importance.`;

/** A finding's answer. */
export type FindingAnswer = 'ok' | 'barrier' | 'na';
const ANSWERS: readonly FindingAnswer[] = ['ok', 'barrier', 'na'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** One checklist item in one room, as answered at baseline and at follow-up. */
export interface ItemComparison {
  itemId: string;
  /** The checklist prompt; the item id when the checklist is not given or lacks the item. */
  prompt: string;
  roomName: string;
  /** The follow-up's room re-checking the item, where the item can be opened. */
  followUpRoomId: string | undefined;
  baselineFindingId: string | undefined;
  followUpFindingId: string | undefined;
  baselineAnswer: FindingAnswer | undefined;
  followUpAnswer: FindingAnswer | undefined;
  baselineSeverity: Severity | undefined;
  followUpSeverity: Severity | undefined;
}

export interface BarrierChanges {
  /** A barrier at baseline, OK or not applicable now. */
  resolved: ItemComparison[];
  /** A barrier at baseline and now. */
  persisting: ItemComparison[];
  /** A barrier now that was not one at baseline, or was not checked then. */
  new: ItemComparison[];
  /** A barrier at baseline not yet answered at follow-up (or its room not re-checked). */
  unchecked: ItemComparison[];
}

/** What became of one baseline recommendation. */
export interface RecommendationOutcome {
  baselineInterventionId: string;
  outcomeRecordId: string | undefined;
  title: string;
  roomName: string | undefined;
  itemId: string | undefined;
  outcome: InterventionOutcome | undefined;
  /** Why, in the therapist's words (`outcomeNotes`). */
  why: string | undefined;
}

export interface InterventionOutcomes {
  inUse: RecommendationOutcome[];
  /** Installed and not used: abandoned. */
  notUsed: RecommendationOutcome[];
  notDone: RecommendationOutcome[];
  notRecorded: RecommendationOutcome[];
}

/** `improved` or `worse` when the change is clinically important, else `no-important-change`. */
export type ChangeVerdict = 'improved' | 'worse' | 'no-important-change';

/** One rating at baseline and follow-up; the change only when both are rated. */
export interface RatingChange {
  baseline: number | undefined;
  followUp: number | undefined;
  change: number | undefined;
  verdict: ChangeVerdict | undefined;
}

export interface GoalChange {
  goalId: string;
  baselineGoalId: string | undefined;
  activity: string | undefined;
  performance: RatingChange;
  satisfaction: RatingChange;
}

/** The mean rating over the goals rated at both visits (the score is the mean across problems). */
export interface MeanChange extends RatingChange {
  goalCount: number;
}

export interface FollowUpComparison {
  barriers: BarrierChanges;
  interventions: InterventionOutcomes;
  goals: GoalChange[];
  meanPerformance: MeanChange;
  meanSatisfaction: MeanChange;
}

/** Both visits' records and, for the items' prompts and order, the checklist they share. */
export interface ComparedVisits {
  baseline: VisitRecordSet;
  followUp: VisitRecordSet;
  checklist?: Checklist;
}

/** Compares a follow-up visit with its baseline for the outcome summary. */
export function compareFollowUp(visits: ComparedVisits): FollowUpComparison {
  const goals = compareGoals(visits.baseline.goals, visits.followUp.goals);
  return {
    barriers: compareBarriers(visits),
    interventions: compareInterventions(visits.baseline, visits.followUp),
    goals,
    meanPerformance: meanChange(goals.map((goal) => goal.performance)),
    meanSatisfaction: meanChange(goals.map((goal) => goal.satisfaction)),
  };
}

/** The baseline's finding of the item a follow-up room re-checks (matched by baselineRoomId + itemId). */
export function baselineFindingOf<R extends RecordView>(
  followUpRoom: RecordView,
  itemId: string,
  baselineFindings: readonly R[],
): R | undefined {
  const baselineRoomId = textField(followUpRoom, 'baselineRoomId');
  return baselineRoomId === undefined
    ? undefined
    : findingFor(baselineFindings, baselineRoomId, itemId);
}

const checkedRooms = (rooms: readonly RecordView[]) =>
  orderedRooms(rooms).filter((room) => !isFlagSet(room, 'skipped'));
const answerOf = (finding: RecordView | undefined) =>
  finding === undefined ? undefined : oneOfField(finding, 'answer', ANSWERS);
const severityOf = (finding: RecordView | undefined) =>
  finding === undefined ? undefined : oneOfField(finding, 'severity', SEVERITIES);

function compareBarriers({ baseline, followUp, checklist }: ComparedVisits): BarrierChanges {
  const items = checklist === undefined ? [] : itemsWithRetired(checklist);
  const itemRank = (itemId: string) => {
    const index = items.findIndex((item) => item.id === itemId);
    return index === -1 ? items.length : index;
  };
  const compare = (
    itemId: string,
    room: RecordView,
    followUpRoomId: string | undefined,
    before: RecordView | undefined,
    after: RecordView | undefined,
  ): ItemComparison => ({
    itemId,
    prompt: items.find((item) => item.id === itemId)?.prompt ?? itemId,
    roomName: textField(room, 'name') ?? '',
    followUpRoomId,
    baselineFindingId: before?.id,
    followUpFindingId: after?.id,
    baselineAnswer: answerOf(before),
    followUpAnswer: answerOf(after),
    baselineSeverity: severityOf(before),
    followUpSeverity: severityOf(after),
  });
  const byItem = (findings: RecordView[]) =>
    findings.sort(
      (a, b) => itemRank(textField(a, 'itemId') ?? '') - itemRank(textField(b, 'itemId') ?? ''),
    );
  const barriersIn = (findings: readonly RecordView[], roomId: string) =>
    byItem(
      liveRecords(findings).filter(
        (finding) =>
          textField(finding, 'roomId') === roomId && textField(finding, 'answer') === 'barrier',
      ),
    );
  const followUpRooms = checkedRooms(followUp.rooms);
  const changes: BarrierChanges = { resolved: [], persisting: [], new: [], unchecked: [] };
  for (const room of checkedRooms(baseline.rooms)) {
    const laterRoom = followUpRooms.find((later) => textField(later, 'baselineRoomId') === room.id);
    for (const before of barriersIn(baseline.findings, room.id)) {
      const itemId = textField(before, 'itemId') ?? '';
      const after =
        laterRoom === undefined ? undefined : findingFor(followUp.findings, laterRoom.id, itemId);
      const comparison = compare(itemId, laterRoom ?? room, laterRoom?.id, before, after);
      const answer = comparison.followUpAnswer;
      if (answer === 'barrier') changes.persisting.push(comparison);
      else if (answer === undefined) changes.unchecked.push(comparison);
      else changes.resolved.push(comparison);
    }
  }
  for (const room of followUpRooms) {
    const baselineRoomId = textField(room, 'baselineRoomId');
    for (const after of barriersIn(followUp.findings, room.id)) {
      const itemId = textField(after, 'itemId') ?? '';
      const before =
        baselineRoomId === undefined
          ? undefined
          : findingFor(baseline.findings, baselineRoomId, itemId);
      if (answerOf(before) === 'barrier' && baselineRoomIsChecked(baseline, baselineRoomId))
        continue;
      changes.new.push(compare(itemId, room, room.id, before, after));
    }
  }
  return changes;
}

/** A barrier in a baseline room that was skipped or removed was never counted, so it is new now. */
function baselineRoomIsChecked(baseline: VisitRecordSet, roomId: string | undefined): boolean {
  return checkedRooms(baseline.rooms).some((room) => room.id === roomId);
}

function compareInterventions(
  baseline: VisitRecordSet,
  followUp: VisitRecordSet,
): InterventionOutcomes {
  const outcomes: InterventionOutcomes = { inUse: [], notUsed: [], notDone: [], notRecorded: [] };
  const records = liveRecords(followUp.interventions);
  for (const { intervention, finding, room } of baselineRecommendations(baseline)) {
    const record = records.find(
      (candidate) => textField(candidate, 'baselineInterventionId') === intervention.id,
    );
    const outcome =
      record === undefined ? undefined : oneOfField(record, 'outcome', INTERVENTION_OUTCOMES);
    const line: RecommendationOutcome = {
      baselineInterventionId: intervention.id,
      outcomeRecordId: record?.id,
      title: textField(intervention, 'title') ?? '',
      roomName: room === undefined ? undefined : textField(room, 'name'),
      itemId: finding === undefined ? undefined : textField(finding, 'itemId'),
      outcome,
      why: record === undefined ? undefined : textField(record, 'outcomeNotes'),
    };
    if (outcome === 'in-use') outcomes.inUse.push(line);
    else if (outcome === 'not-used') outcomes.notUsed.push(line);
    else if (outcome === 'not-done') outcomes.notDone.push(line);
    else outcomes.notRecorded.push(line);
  }
  return outcomes;
}

function ratingChange(baseline: number | undefined, followUp: number | undefined): RatingChange {
  if (baseline === undefined || followUp === undefined)
    return { baseline, followUp, change: undefined, verdict: undefined };
  return { baseline, followUp, ...verdictOf(followUp - baseline) };
}

function verdictOf(change: number): Pick<RatingChange, 'change' | 'verdict'> {
  const verdict: ChangeVerdict =
    change >= CLINICALLY_IMPORTANT_CHANGE
      ? 'improved'
      : change <= -CLINICALLY_IMPORTANT_CHANGE
        ? 'worse'
        : 'no-important-change';
  return { change, verdict };
}

/** Each follow-up goal's ratings; a baseline rating missing on the copy is read from the baseline goal. */
function compareGoals(
  baselineGoals: readonly RecordView[],
  followUpGoals: readonly RecordView[],
): GoalChange[] {
  const order = (goal: RecordView) => numberField(goal, 'order') ?? Number.MAX_VALUE;
  return liveRecords(followUpGoals)
    .sort((a, b) => order(a) - order(b))
    .map((goal) => {
      const baselineGoalId = textField(goal, 'baselineGoalId');
      const before = baselineGoals.find((candidate) => candidate.id === baselineGoalId);
      const rated = (field: string) =>
        numberField(goal, field) ?? (before === undefined ? undefined : numberField(before, field));
      return {
        goalId: goal.id,
        baselineGoalId,
        activity: textField(goal, 'activity'),
        performance: ratingChange(
          rated('performanceBaseline'),
          numberField(goal, 'performanceFollowUp'),
        ),
        satisfaction: ratingChange(
          rated('satisfactionBaseline'),
          numberField(goal, 'satisfactionFollowUp'),
        ),
      };
    });
}

function meanChange(ratings: readonly RatingChange[]): MeanChange {
  const pairs = ratings.flatMap(({ baseline, followUp }) =>
    baseline === undefined || followUp === undefined ? [] : [{ baseline, followUp }],
  );
  if (pairs.length === 0)
    return {
      goalCount: 0,
      baseline: undefined,
      followUp: undefined,
      change: undefined,
      verdict: undefined,
    };
  const sumBefore = pairs.reduce((sum, pair) => sum + pair.baseline, 0);
  const sumAfter = pairs.reduce((sum, pair) => sum + pair.followUp, 0);
  return {
    goalCount: pairs.length,
    baseline: sumBefore / pairs.length,
    followUp: sumAfter / pairs.length,
    ...verdictOf((sumAfter - sumBefore) / pairs.length),
  };
}
