// The report of one visit as plain data: client and visit, goals, findings room by room with
// measurements and photos, the scope of works with costs, sign-off and amendments.

import { type Checklist, findItem, type Setting, type Severity } from './checklist';
import type { ClientDevice } from './client-device';
import { clientDeviceOf } from './client-device';
import type { Catalogue } from './interventions';
import type { Pronouns } from './plain-statements';
import {
  isFlagSet,
  liveRecords,
  numberField,
  oneOfField,
  type RecordView,
  textField,
} from './record-view';
import { type ReportAmendment, reportAmendments } from './report-amendments';
import { type ReportMeasurement, reportMeasurements } from './report-measurements';
import { type ProfileContext, type ProfileFact, profileFacts } from './report-profile';
import { type ReportStandard, reportStandard } from './report-standard';
import { firstNameOf, type ReportVariant } from './report-wording';
import type { UnitSystem } from './units';
import { judgingOf } from './visit-judging';
import { orderedRooms } from './visit-progress';
import {
  type CurrencyTotal,
  type GoalSummary,
  type RoomBarriers,
  type ScopeOfWorksLine,
  summarizeVisit,
} from './visit-summary';

export type { ReportAmendment } from './report-amendments';
export type { ReportMeasurement } from './report-measurements';
export type { ReportStandard } from './report-standard';

/** What a report is made from; every list may hold tombstones, which are left out. */
export interface ReportInput {
  assessment: RecordView;
  client: RecordView | undefined;
  rooms: readonly RecordView[];
  findings: readonly RecordView[];
  interventions: readonly RecordView[];
  goals: readonly RecordView[];
  photos: readonly RecordView[];
  amendments: readonly RecordView[];
  checklist: Checklist;
  catalogue?: Catalogue;
  /** The reader's units; measurements are stored in base units and shown in these. */
  units: UnitSystem;
  /** The newest version of the visit's checklist, when newer: the report lists figures changed since. */
  newerChecklist?: Checklist;
}

export interface ReportPhoto {
  photoId: string;
  sha256: string;
  caption: string | undefined;
}

/** One answered checklist item in one room. */
export interface ReportItem {
  findingId: string;
  itemId: string;
  prompt: string;
  answer: 'ok' | 'barrier' | 'na';
  /** The option chosen, for items answered by choice: `Loose rugs`. */
  choiceLabel: string | undefined;
  /** For a yes/no item, the answer that is the barrier, so the plain report can state it. */
  barrierWhen: 'yes' | 'no' | undefined;
  severity: Severity | undefined;
  notes: string | undefined;
  measurements: ReportMeasurement[];
  /** Why the item stayed OK although a measurement fails. */
  keptOkReason: string | undefined;
  photos: ReportPhoto[];
}

export interface ReportRoom {
  roomId: string;
  name: string;
  level: string | undefined;
  notes: string | undefined;
  isSkipped: boolean;
  /** Answered items in checklist order. */
  items: ReportItem[];
  /** Photos of the room itself rather than of one item. */
  photos: ReportPhoto[];
}

/** One bar of the barrier chart: a room's barriers counted by priority. */
export interface BarrierChartRow {
  /** Tells apart two rooms of the same name. */
  id: string;
  label: string;
  high: number;
  medium: number;
  low: number;
  unrated: number;
}

export type SignOff =
  | { state: 'signed'; byName: string | undefined; at: number | undefined }
  | { state: 'complete'; byName: string | undefined; at: number | undefined }
  | { state: 'draft' };

export interface ReportClient {
  name: string | undefined;
  firstName: string | undefined;
  dateOfBirth: string | undefined;
  address: string | undefined;
  livesWith: string | undefined;
  device: ClientDevice | undefined;
  /** The client's pronouns for the plain report; `they` when not recorded. */
  pronouns: Pronouns;
  /** The profile facts recorded (conditions, precautions, falls, the device with its size...). */
  profile: ProfileFact[];
}

export interface ReportVisit {
  assessmentId: string;
  date: string | undefined;
  setting: Setting | undefined;
  type: 'initial' | 'follow-up' | undefined;
  locationName: string | undefined;
  address: string | undefined;
  peoplePresent: string[];
  isConsentRecorded: boolean;
  therapistName: string | undefined;
  checklistTitle: string;
  checklistVersion: number;
  summaryNotes: string | undefined;
}

export interface Report {
  client: ReportClient;
  visit: ReportVisit;
  goals: GoalSummary[];
  rooms: ReportRoom[];
  barrierCount: number;
  barrierChart: BarrierChartRow[];
  scopeOfWorks: ScopeOfWorksLine[];
  totalCost: CurrencyTotal[];
  uncostedCount: number;
  unansweredCount: number;
  signOff: SignOff;
  amendments: ReportAmendment[];
  /** The standard and edition that judged every measurement, and the figures changed since. */
  standard: ReportStandard;
}

const ANSWERS = ['ok', 'barrier', 'na'] as const;
const PRONOUNS: readonly Pronouns[] = ['she', 'he', 'they'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const SETTINGS: readonly Setting[] = ['home', 'workplace', 'school'];

/** Builds the report of a visit; both variants render this one model in their own words. */
export function buildReport(input: ReportInput): Report {
  const summary = summarizeVisit(input);
  const client = reportClient(input.client, {
    visitDate: textField(input.assessment, 'date'),
    units: input.units,
  });
  const photosByOwner = groupPhotos(input.photos);
  const rooms = orderedRooms(input.rooms).map((room) =>
    reportRoom(room, input, client, photosByOwner),
  );
  return {
    client,
    visit: reportVisit(input.assessment, input.checklist),
    goals: summary.goals,
    rooms,
    barrierCount: summary.barriers.length,
    barrierChart: barrierChartRows(summary.barriersByRoom),
    scopeOfWorks: summary.scopeOfWorks,
    totalCost: summary.totalCost,
    uncostedCount: summary.uncostedCount,
    unansweredCount: summary.unansweredCount,
    signOff: signOffOf(input.assessment),
    amendments: reportAmendments(input.amendments, targetNamer(input)),
    standard: reportStandard(input),
  };
}

/** A room as one variant shows it. */
export interface ShownRoom {
  room: ReportRoom;
  items: ReportItem[];
  /** Items checked and found fine (answered OK) in the room. */
  fineCount: number;
}

/**
 * The rooms a variant shows: for the clinician every room with all its answered items; for the
 * family only the rooms with barriers, and only their barriers.
 */
export function roomsShown(report: Report, variant: ReportVariant): ShownRoom[] {
  return report.rooms.flatMap((room) => {
    const fineCount = room.items.filter((item) => item.answer === 'ok').length;
    if (variant === 'clinical') return [{ room, items: room.items, fineCount }];
    const barriers = room.items.filter((item) => item.answer === 'barrier');
    return barriers.length === 0 ? [] : [{ room, items: barriers, fineCount }];
  });
}

/** Barriers per room counted by priority, rooms in visit order; rooms without barriers left out. */
export function barrierChartRows(rooms: readonly RoomBarriers[]): BarrierChartRow[] {
  return rooms.map((room) => {
    const row: BarrierChartRow = {
      id: room.roomId,
      label: room.roomName,
      high: 0,
      medium: 0,
      low: 0,
      unrated: 0,
    };
    for (const barrier of room.barriers) row[barrier.severity ?? 'unrated'] += 1;
    return row;
  });
}

function reportClient(client: RecordView | undefined, context: ProfileContext): ReportClient {
  const name = client === undefined ? undefined : textField(client, 'name');
  const text = (field: string) => (client === undefined ? undefined : textField(client, field));
  return {
    name,
    firstName: firstNameOf(name),
    dateOfBirth: text('dateOfBirth'),
    address: text('address'),
    livesWith: text('livesWith'),
    device: clientDeviceOf(client),
    pronouns: client === undefined ? 'they' : (oneOfField(client, 'pronouns', PRONOUNS) ?? 'they'),
    profile: profileFacts(client, context),
  };
}

function reportVisit(assessment: RecordView, checklist: Checklist): ReportVisit {
  const people = assessment.fields.peoplePresent;
  return {
    assessmentId: assessment.id,
    date: textField(assessment, 'date'),
    setting: oneOfField(assessment, 'setting', SETTINGS),
    type: oneOfField(assessment, 'type', ['initial', 'follow-up'] as const),
    locationName: textField(assessment, 'locationName'),
    address: textField(assessment, 'address'),
    peoplePresent: Array.isArray(people)
      ? people.filter((person): person is string => typeof person === 'string')
      : [],
    isConsentRecorded: isFlagSet(assessment, 'consentRecorded'),
    therapistName: textField(assessment, 'therapistName'),
    checklistTitle: checklist.title,
    checklistVersion: checklist.version,
    summaryNotes: textField(assessment, 'summaryNotes'),
  };
}

/** Signed wins over complete; a visit that is neither is a draft. */
function signOffOf(assessment: RecordView): SignOff {
  const status = textField(assessment, 'status');
  if (status === 'signed') {
    return {
      state: 'signed',
      byName: textField(assessment, 'signedByName'),
      at: numberField(assessment, 'signedAt'),
    };
  }
  if (status === 'complete') {
    return {
      state: 'complete',
      byName: textField(assessment, 'completedByName'),
      at: numberField(assessment, 'completedAt'),
    };
  }
  return { state: 'draft' };
}

function groupPhotos(photos: readonly RecordView[]): Map<string, ReportPhoto[]> {
  const byOwner = new Map<string, ReportPhoto[]>();
  const takenAt = (photo: RecordView) => numberField(photo, 'takenAt') ?? 0;
  for (const photo of liveRecords(photos).sort((a, b) => takenAt(a) - takenAt(b))) {
    const ownerId = textField(photo, 'ownerId');
    const sha256 = textField(photo, 'sha256');
    if (ownerId === undefined || sha256 === undefined) continue;
    const list = byOwner.get(ownerId) ?? [];
    list.push({ photoId: photo.id, sha256, caption: textField(photo, 'caption') });
    byOwner.set(ownerId, list);
  }
  return byOwner;
}

function reportRoom(
  room: RecordView,
  input: ReportInput,
  client: ReportClient,
  photosByOwner: ReadonlyMap<string, ReportPhoto[]>,
): ReportRoom {
  const isSkipped = isFlagSet(room, 'skipped');
  const itemOrder = input.checklist.areas.flatMap((area) => area.items.map((item) => item.id));
  const rank = (finding: RecordView) => {
    const index = itemOrder.indexOf(textField(finding, 'itemId') ?? '');
    return index === -1 ? itemOrder.length : index;
  };
  const findings = liveRecords(input.findings)
    .filter((finding) => textField(finding, 'roomId') === room.id)
    .sort((a, b) => rank(a) - rank(b));
  return {
    roomId: room.id,
    name: textField(room, 'name') ?? '',
    level: textField(room, 'level'),
    notes: textField(room, 'notes'),
    isSkipped,
    items: isSkipped
      ? []
      : findings.flatMap((finding) => reportItem(finding, input, client, photosByOwner) ?? []),
    photos: photosByOwner.get(room.id) ?? [],
  };
}

function reportItem(
  finding: RecordView,
  input: ReportInput,
  client: ReportClient,
  photosByOwner: ReadonlyMap<string, ReportPhoto[]>,
): ReportItem | undefined {
  const answer = oneOfField(finding, 'answer', ANSWERS);
  if (answer === undefined) return undefined;
  const itemId = textField(finding, 'itemId') ?? '';
  const item = findItem(input.checklist, itemId);
  const choice = textField(finding, 'choice');
  const options = item?.answer.type === 'choice' ? item.answer.options : [];
  return {
    findingId: finding.id,
    itemId,
    prompt: item?.prompt ?? itemId,
    answer,
    choiceLabel: options.find((option) => option.value === choice)?.label,
    barrierWhen: item?.answer.type === 'yes-no' ? item.answer.barrierWhen : undefined,
    severity: answer === 'barrier' ? oneOfField(finding, 'severity', SEVERITIES) : undefined,
    notes: textField(finding, 'notes'),
    keptOkReason: answer === 'ok' ? textField(finding, 'keptOkReason') : undefined,
    measurements:
      item === undefined
        ? []
        : reportMeasurements(item, finding, {
            units: input.units,
            judging: judgingOf(input.assessment),
            setting: input.checklist.setting,
            device: client.device,
            firstName: client.firstName,
          }),
    photos: photosByOwner.get(finding.id) ?? [],
  };
}

/** Names an amended record by what a reader knows it as: a prompt, a title, a room's name. */
function targetNamer(input: ReportInput) {
  return (entity: string, id: string): string | undefined => {
    const find = (records: readonly RecordView[]) => records.find((record) => record.id === id);
    switch (entity) {
      case 'finding': {
        const finding = find(input.findings);
        const itemId = finding === undefined ? undefined : textField(finding, 'itemId');
        return itemId === undefined
          ? undefined
          : (findItem(input.checklist, itemId)?.prompt ?? itemId);
      }
      case 'intervention': {
        const intervention = find(input.interventions);
        return intervention === undefined ? undefined : textField(intervention, 'title');
      }
      case 'room': {
        const room = find(input.rooms);
        return room === undefined ? undefined : textField(room, 'name');
      }
      case 'goal': {
        const goal = find(input.goals);
        return goal === undefined ? undefined : textField(goal, 'activity');
      }
      default:
        return undefined;
    }
  };
}
