// The end-of-visit summary as plain data: barriers, scope of works with costs, goals, gaps.
import {
  ACTIVITIES,
  type Activity,
  type Checklist,
  findItem,
  itemsWithRetired,
  type Severity,
} from './checklist';
import { type Catalogue, findIntervention } from './interventions';
import { measuredQuantity } from './number-entry';
import {
  isFlagSet,
  liveRecords,
  numberField,
  oneOfField,
  type RecordView,
  textField,
} from './record-view';
import { orderedRooms, type UnansweredRoom, unansweredRooms } from './visit-progress';

export type Priority = 'high' | 'medium' | 'low';
const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** What a visit's summary is made from; every list may hold tombstones, which are ignored. */
export interface VisitRecords {
  rooms: readonly RecordView[];
  findings: readonly RecordView[];
  interventions: readonly RecordView[];
  goals: readonly RecordView[];
  checklist: Checklist;
  /** Fills an intervention's missing title, provider and (when it has none) cost by `catalogueId`. */
  catalogue?: Catalogue;
}

/** A finding answered `barrier`, with what the report needs to show it. */
export interface Barrier {
  findingId: string;
  roomId: string;
  roomName: string;
  itemId: string;
  /** The checklist prompt; the item id when the checklist has no such item. */
  prompt: string;
  severity: Severity | undefined;
  notes: string | undefined;
  activities: Activity[];
}

export interface RoomBarriers {
  roomId: string;
  roomName: string;
  barriers: Barrier[];
}

/** One recommended intervention in the scope of works. */
export interface ScopeOfWorksLine {
  interventionId: string;
  title: string;
  priority: Priority | undefined;
  provider: string | undefined;
  responsible: string | undefined;
  costMin: number | undefined;
  costMax: number | undefined;
  currency: string | undefined;
  /** `catalogue` when the record had no cost and the catalogue's indicative range is shown. */
  costSource: 'record' | 'catalogue' | undefined;
  /** Advice or technique with no price, or priced at zero: the plain report prints no cost for it. */
  isFree: boolean;
  fundingSource: string | undefined;
  status: string | undefined;
  roomName: string | undefined;
  findingId: string | undefined;
}

/** The sum of the costed interventions in one currency (no currency: `undefined`). */
export interface CurrencyTotal {
  currency: string | undefined;
  min: number;
  max: number;
}

/** COPM-style scores, 1-10; undefined where not yet scored. */
export interface GoalScores {
  importance: number | undefined;
  performanceBaseline: number | undefined;
  satisfactionBaseline: number | undefined;
  performanceFollowUp: number | undefined;
  satisfactionFollowUp: number | undefined;
}

export interface GoalSummary {
  goalId: string;
  activity: string | undefined;
  activityKind: Activity | undefined;
  scores: GoalScores;
  /** Barriers affecting the goal's activity, or linked to it by an intervention's `goalId`. */
  barriers: Barrier[];
}

export interface VisitSummary {
  barriers: Barrier[];
  barriersByPriority: Record<Priority | 'unrated', Barrier[]>;
  barriersByRoom: RoomBarriers[];
  scopeOfWorks: ScopeOfWorksLine[];
  totalCost: CurrencyTotal[];
  uncostedCount: number;
  goals: GoalSummary[];
  unanswered: UnansweredRoom[];
  unansweredCount: number;
}

/** Summarizes a visit for the summary screen and the report; takes records, returns plain data. */
export function summarizeVisit(records: VisitRecords): VisitSummary {
  const rooms = orderedRooms(records.rooms);
  const barriersByRoom = listBarriersByRoom(rooms, records.findings, records.checklist);
  const barriers = barriersByRoom.flatMap((room) => room.barriers);
  const scopeOfWorks = listScopeOfWorks(records, rooms);
  const unanswered = unansweredRooms(rooms, records.checklist, records.findings);
  return {
    barriers,
    barriersByPriority: groupByPriority(barriers),
    barriersByRoom,
    scopeOfWorks,
    ...totalCost(scopeOfWorks),
    goals: summarizeGoals(records.goals, records.interventions, barriers),
    unanswered,
    unansweredCount: unanswered.reduce((count, room) => count + room.items.length, 0),
  };
}

const roomName = (room: RecordView) => textField(room, 'name') ?? '';
const isSkipped = (room: RecordView) => isFlagSet(room, 'skipped');

function listBarriersByRoom(
  rooms: readonly RecordView[],
  findings: readonly RecordView[],
  checklist: Checklist,
): RoomBarriers[] {
  const items = itemsWithRetired(checklist);
  const itemRank = (finding: RecordView) => {
    const index = items.findIndex((item) => item.id === textField(finding, 'itemId'));
    return index === -1 ? items.length : index;
  };
  const barrierFindings = liveRecords(findings).filter(
    (finding) => textField(finding, 'answer') === 'barrier',
  );
  return rooms.flatMap((room) => {
    if (isSkipped(room)) return [];
    const barriers = barrierFindings
      .filter((finding) => textField(finding, 'roomId') === room.id)
      .sort((a, b) => itemRank(a) - itemRank(b))
      .map((finding) => toBarrier(finding, room, checklist));
    return barriers.length === 0 ? [] : [{ roomId: room.id, roomName: roomName(room), barriers }];
  });
}

function toBarrier(finding: RecordView, room: RecordView, checklist: Checklist): Barrier {
  const itemId = textField(finding, 'itemId') ?? '';
  const item = findItem(checklist, itemId);
  return {
    findingId: finding.id,
    roomId: room.id,
    roomName: roomName(room),
    itemId,
    prompt: item?.prompt ?? itemId,
    severity: oneOfField(finding, 'severity', SEVERITIES),
    notes: textField(finding, 'notes'),
    activities: item === undefined ? [] : [...item.activities],
  };
}

function groupByPriority(barriers: readonly Barrier[]): VisitSummary['barriersByPriority'] {
  const groups: VisitSummary['barriersByPriority'] = { high: [], medium: [], low: [], unrated: [] };
  for (const barrier of barriers) groups[barrier.severity ?? 'unrated'].push(barrier);
  return groups;
}

/**
 * Live interventions, not declined, whose finding and room still exist; by priority then room.
 * A follow-up's record of a baseline recommendation's outcome is not a recommendation of its own.
 */
function listScopeOfWorks(records: VisitRecords, rooms: readonly RecordView[]): ScopeOfWorksLine[] {
  const findingsById = new Map(records.findings.map((finding) => [finding.id, finding]));
  const roomsById = new Map(records.rooms.map((room) => [room.id, room]));
  const lines: { line: ScopeOfWorksLine; roomRank: number }[] = [];
  for (const intervention of liveRecords(records.interventions)) {
    if (textField(intervention, 'status') === 'declined') continue;
    if (textField(intervention, 'baselineInterventionId') !== undefined) continue;
    const findingId = textField(intervention, 'findingId');
    const finding = findingId === undefined ? undefined : findingsById.get(findingId);
    const roomId = finding === undefined ? undefined : textField(finding, 'roomId');
    const room = roomId === undefined ? undefined : roomsById.get(roomId);
    if (finding?.fields.deleted === true || room?.fields.deleted === true) continue;
    const roomRank = room === undefined ? rooms.length : rooms.indexOf(room);
    lines.push({ line: toScopeLine(intervention, room, records.catalogue), roomRank });
  }
  const priorityRank = (priority: Priority | undefined) =>
    priority === undefined ? PRIORITIES.length : PRIORITIES.indexOf(priority);
  return lines
    .sort(
      (a, b) =>
        priorityRank(a.line.priority) - priorityRank(b.line.priority) || a.roomRank - b.roomRank,
    )
    .map(({ line }) => line);
}

function toScopeLine(
  intervention: RecordView,
  room: RecordView | undefined,
  catalogue: Catalogue | undefined,
): ScopeOfWorksLine {
  const catalogueId = textField(intervention, 'catalogueId');
  const entry =
    catalogue === undefined || catalogueId === undefined
      ? undefined
      : findIntervention(catalogue, catalogueId);
  return {
    interventionId: intervention.id,
    title: textField(intervention, 'title') ?? entry?.title ?? '',
    priority: oneOfField(intervention, 'priority', PRIORITIES),
    provider: textField(intervention, 'provider') ?? entry?.providers[0],
    responsible: textField(intervention, 'responsible'),
    ...costOf(intervention, entry?.cost),
    fundingSource: textField(intervention, 'fundingSource'),
    status: textField(intervention, 'status'),
    roomName: room === undefined ? undefined : roomName(room),
    findingId: textField(intervention, 'findingId'),
    isFree: isFreeOfCost(intervention, entry?.group),
  };
}

/** Advice and technique cost nothing unless priced; a price of zero is free too. */
function isFreeOfCost(intervention: RecordView, group: string | undefined): boolean {
  const costMax = numberField(intervention, 'costMax') ?? numberField(intervention, 'costMin');
  if (costMax !== undefined) return costMax === 0;
  const category = textField(intervention, 'category') ?? group;
  return category === 'education' || category === 'technique';
}

type LineCost = Pick<ScopeOfWorksLine, 'costMin' | 'costMax' | 'currency' | 'costSource'>;

function costOf(
  intervention: RecordView,
  catalogueCost: { min: number; max: number; currency: string; unit: string } | undefined,
): LineCost {
  const costMin = numberField(intervention, 'costMin');
  const costMax = numberField(intervention, 'costMax');
  const currency = textField(intervention, 'currency');
  if (costMin !== undefined || costMax !== undefined) {
    return { costMin, costMax, currency, costSource: 'record' };
  }
  // A price per linear foot or metre is not the job's cost until the quantity is known.
  if (catalogueCost !== undefined && measuredQuantity(catalogueCost.unit) === undefined) {
    const { min, max } = catalogueCost;
    return {
      costMin: min,
      costMax: max,
      currency: catalogueCost.currency,
      costSource: 'catalogue',
    };
  }
  return { costMin, costMax, currency, costSource: undefined };
}

/** Sums per currency; a line with only one bound uses it for both, a line with none is uncosted. */
function totalCost(lines: readonly ScopeOfWorksLine[]) {
  const totals: CurrencyTotal[] = [];
  let uncostedCount = 0;
  for (const line of lines) {
    const min = line.costMin ?? line.costMax;
    const max = line.costMax ?? line.costMin;
    if (min === undefined || max === undefined) {
      // Free advice has no price to find, so it is not counted as waiting for one.
      if (!line.isFree) uncostedCount += 1;
      continue;
    }
    let total = totals.find((candidate) => candidate.currency === line.currency);
    if (total === undefined) {
      total = { currency: line.currency, min: 0, max: 0 };
      totals.push(total);
    }
    total.min += min;
    total.max += max;
  }
  return { totalCost: totals, uncostedCount };
}

function summarizeGoals(
  goals: readonly RecordView[],
  interventions: readonly RecordView[],
  barriers: readonly Barrier[],
): GoalSummary[] {
  const order = (goal: RecordView) => numberField(goal, 'order') ?? Number.MAX_VALUE;
  const liveInterventions = liveRecords(interventions);
  return liveRecords(goals)
    .sort((a, b) => order(a) - order(b))
    .map((goal) => {
      const activityKind = oneOfField(goal, 'activityKind', ACTIVITIES);
      const linkedFindingIds = new Set(
        liveInterventions
          .filter((intervention) => textField(intervention, 'goalId') === goal.id)
          .map((intervention) => textField(intervention, 'findingId')),
      );
      return {
        goalId: goal.id,
        activity: textField(goal, 'activity'),
        activityKind,
        scores: goalScores(goal),
        barriers: barriers.filter(
          (barrier) =>
            (activityKind !== undefined && barrier.activities.includes(activityKind)) ||
            linkedFindingIds.has(barrier.findingId),
        ),
      };
    });
}

function goalScores(goal: RecordView): GoalScores {
  return {
    importance: numberField(goal, 'importance'),
    performanceBaseline: numberField(goal, 'performanceBaseline'),
    satisfactionBaseline: numberField(goal, 'satisfactionBaseline'),
    performanceFollowUp: numberField(goal, 'performanceFollowUp'),
    satisfactionFollowUp: numberField(goal, 'satisfactionFollowUp'),
  };
}
