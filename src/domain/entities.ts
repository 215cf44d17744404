// The entity registry: every synced record type, its fields and what each field may hold.
import { DEVICE_KINDS } from './client-device';
import {
  CONSTRUCTION_FLOORS,
  CONSTRUCTION_FRAMES,
  CONSTRUCTION_WALLS,
  FUNDING_SCHEMES,
  HOME_OWNERSHIPS,
  OWNER_CONSENTS,
  USE_FREQUENCIES,
} from './funding-vocabulary';
import { GAS_RATERS } from './gas';
import type { RecordId } from './ids';
import {
  FALLS_MAX,
  FES_I_ANSWER_MAX,
  FES_I_ANSWER_MIN,
  FES_I_TOTAL_MAX,
  FES_I_TOTAL_MIN,
  TUG_AIDS,
  TUG_SECONDS_MAX,
  TUG_SECONDS_MIN,
} from './mobility-measures';
import {
  ACTIVITIES,
  INTERVENTION_GROUPS,
  PROFILE_IDS,
  PROVIDERS,
  type Severity,
} from './vocabulary';

/** Any value JSON can carry. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** One field's value on a record; `null` clears the field. */
export type FieldValue = JsonValue;
/** The fields of a record, or the fields one patch sets. */
export type FieldValues = Record<string, FieldValue>;

/** What one field may hold. Every field is optional: a record is built up from patches. */
export type FieldSpec =
  | { kind: 'string'; maxLength: number; pattern?: RegExp; patternHint?: string }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'string-list'; maxItems: number; maxItemLength: number }
  | { kind: 'number-map'; maxEntries: number; maxKeyLength: number }
  | { kind: 'json'; maxJsonLength: number };

export const NAME_MAX_LENGTH = 200;
export const NOTES_MAX_LENGTH = 10_000;
export const KEY_MAX_LENGTH = 100;
/** An imported checklist's JSON text; the largest built-in one is well under this. */
export const CHECKLIST_BODY_MAX_LENGTH = 1_000_000;
export const PHOTO_MAX_BYTES = 20 * 1024 * 1024;
/** The most a finding's per-measurement variants or refused readings may hold as JSON. */
export const MEASUREMENT_TEXTS_MAX_JSON_LENGTH = 10_000;
/** The most an amendment's `changes` list may hold as JSON. */
export const AMENDMENT_CHANGES_MAX_JSON_LENGTH = 200_000;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
/** What a follow-up found of a recommendation: installed and used, installed and not used, not done. */
export const INTERVENTION_OUTCOMES = ['in-use', 'not-used', 'not-done'] as const;
export type InterventionOutcome = (typeof INTERVENTION_OUTCOMES)[number];

const text = (maxLength: number) => ({ kind: 'string', maxLength }) as const;
const name = text(NAME_MAX_LENGTH);
const notes = text(NOTES_MAX_LENGTH);
const key = text(KEY_MAX_LENGTH);
const id = { kind: 'id' } as const;
const date = { kind: 'date' } as const;
const timestamp = { kind: 'timestamp' } as const;
const flag = { kind: 'boolean' } as const;
const oneOf = <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const;
const number = (min?: number, max?: number) => ({ kind: 'number', min, max }) as const;
const integer = (min?: number, max?: number) => ({ kind: 'integer', min, max }) as const;
const lengthMm = number(0, 100_000);
const planPosition = number(-1_000_000, 1_000_000);
const list = { kind: 'string-list', maxItems: 50, maxItemLength: NAME_MAX_LENGTH } as const;
const json = (maxJsonLength: number) => ({ kind: 'json', maxJsonLength }) as const;
const copmScore = integer(1, 10);
/** A Goal Attainment Scaling level: -2 to +2, the expected outcome at 0 (Kiresuk and Sherman 1968). */
const gasLevel = integer(-2, 2);
const gasText = text(500);
const fesIAnswer = integer(FES_I_ANSWER_MIN, FES_I_ANSWER_MAX);
const sha256 = {
  kind: 'string',
  maxLength: 64,
  pattern: /^[0-9a-f]{64}$/,
  patternHint: '64 lower-case hexadecimal digits (a SHA-256 digest)',
} as const;

/** Entities that records, photos and comments may point at. */
const TARGET_ENTITIES = [
  'client',
  'assessment',
  'room',
  'finding',
  'intervention',
  'goal',
] as const;

/** Entities whose fields can conflict (all but `conflict` itself, where the last write wins). */
const CONFLICT_ENTITIES = [
  ...TARGET_ENTITIES,
  'photo',
  'comment',
  'amendment',
  'checklist',
  'setting',
] as const;

/** Every entity's fields by wire name. `deleted: true` is the tombstone; nothing is erased. */
export const ENTITY_FIELDS = {
  client: {
    name,
    dateOfBirth: date,
    ageGroup: oneOf(['adult', 'child']),
    /** How the plain report speaks of the client: she, he or they. */
    pronouns: oneOf(['she', 'he', 'they']),
    conditions: list,
    mobilityDevice: oneOf(DEVICE_KINDS),
    deviceWidthMm: lengthMm,
    deviceLengthMm: lengthMm,
    seatHeightMm: lengthMm,
    turningDiameterMm: lengthMm,
    transferMethod: oneOf(['independent', 'supervised', 'one-assist', 'two-assist', 'hoist']),
    fallsInLast12Months: integer(0, 1000),
    fallRisk: oneOf(['low', 'moderate', 'high']),
    // The CDC STEADI key questions (fall-risk.ts); absent means not asked.
    steadiFallenPastYear: flag,
    steadiFeelsUnsteady: flag,
    steadiWorriesAboutFalling: flag,
    // Ids from functional-limitations.ts; the person side of the fit score.
    functionalLimitations: list,
    precautions: list,
    visionNotes: notes,
    hearingNotes: notes,
    cognitionNotes: notes,
    livesWith: name,
    address: text(500),
    latitude: number(-90, 90),
    longitude: number(-180, 180),
    phone: text(50),
    /** What funders ask, recorded once (funding-vocabulary.ts). */
    fundingScheme: oneOf(FUNDING_SCHEMES),
    fundingReference: text(100),
    nomineeName: name,
    planManager: name,
    homeOwnership: oneOf(HOME_OWNERSHIPS),
    ownerName: name,
    notes,
    deleted: flag,
  },
  assessment: {
    clientId: id,
    setting: oneOf(['home', 'workplace', 'school']),
    type: oneOf(['initial', 'follow-up']),
    baselineId: id,
    date,
    locationName: name,
    address: text(500),
    peoplePresent: list,
    consentRecorded: flag,
    checklistId: key,
    checklistVersion: integer(1),
    /**
     * The standard profile the visit's measurements are judged by (`au`: AS 1428.1:2021), written
     * from the organization's choice when the visit starts and changed for this visit alone. A visit
     * without one was started before standards could be chosen and reads as it was judged then.
     */
    standard: oneOf(PROFILE_IDS),
    status: oneOf(['draft', 'complete', 'signed']),
    therapistId: key,
    /** The therapist's name as it was when the visit started, so reports read offline. */
    therapistName: name,
    /** Any therapist of the organization may edit it, not only its own therapist (`therapistId`). */
    sharedWithTeam: flag,
    currentRoomId: id,
    currentItemId: key,
    /** The photo record whose image is the floor plan's background; none means a plain sketch grid. */
    floorPlanPhotoId: id,
    summaryNotes: notes,
    /** The home owner's consent to the works, when the client does not own the home. */
    ownerConsent: oneOf(OWNER_CONSENTS),
    ownerConsentDate: date,
    constructionFrame: oneOf(CONSTRUCTION_FRAMES),
    constructionWalls: oneOf(CONSTRUCTION_WALLS),
    constructionFloors: oneOf(CONSTRUCTION_FLOORS),
    priorModifications: notes,
    whsIssues: notes,
    /**
     * Falls and mobility at this visit (`mobility-measures.ts`): falls since the last visit and how
     * many injured, the Short FES-I's seven items (1-4) and their total (7-28), and Timed Up and Go
     * in seconds with the walking aid used. The write rules keep the FES-I whole.
     */
    fallsSinceLastVisit: integer(0, FALLS_MAX),
    fallsWithInjury: integer(0, FALLS_MAX),
    fallsNotes: notes,
    fesI1: fesIAnswer,
    fesI2: fesIAnswer,
    fesI3: fesIAnswer,
    fesI4: fesIAnswer,
    fesI5: fesIAnswer,
    fesI6: fesIAnswer,
    fesI7: fesIAnswer,
    fesTotal: integer(FES_I_TOTAL_MIN, FES_I_TOTAL_MAX),
    tugSeconds: number(TUG_SECONDS_MIN, TUG_SECONDS_MAX),
    tugAid: oneOf(TUG_AIDS),
    /** When the follow-up of this baseline visit is due (`caseload.ts`); else a default interval. */
    followUpDue: date,
    startedAt: timestamp,
    completedAt: timestamp,
    completedBy: key,
    completedByName: name,
    signedBy: key,
    signedByName: name,
    signedAt: timestamp,
    deleted: flag,
  },
  room: {
    assessmentId: id,
    name,
    areaId: key,
    /** In a follow-up visit, the baseline visit's room this one re-checks. */
    baselineRoomId: id,
    order: number(),
    level: text(50),
    skipped: flag,
    planX: planPosition,
    planY: planPosition,
    notes,
    deleted: flag,
  },
  finding: {
    roomId: id,
    assessmentId: id,
    itemId: key,
    answer: oneOf(['ok', 'barrier', 'na']),
    choice: key,
    severity: oneOf(SEVERITIES),
    notes,
    measurements: { kind: 'number-map', maxEntries: 50, maxKeyLength: KEY_MAX_LENGTH },
    /** The variant chosen per measurement that has variants, e.g. `{"…shower-size.width": "roll-in"}`. */
    measurementVariants: json(MEASUREMENT_TEXTS_MAX_JSON_LENGTH),
    /** What was typed for a measurement but refused (a likely slip of units), kept until it is fixed. */
    measurementDrafts: json(MEASUREMENT_TEXTS_MAX_JSON_LENGTH),
    /** Why the item stays OK although a measurement fails the standard. */
    keptOkReason: notes,
    baselineFindingId: id,
    planX: planPosition,
    planY: planPosition,
    deleted: flag,
  },
  intervention: {
    findingId: id,
    /** In a follow-up visit, the baseline's recommendation whose outcome this record holds. */
    baselineInterventionId: id,
    assessmentId: id,
    goalId: id,
    catalogueId: key,
    title: name,
    category: oneOf(INTERVENTION_GROUPS),
    priority: oneOf(['high', 'medium', 'low']),
    provider: oneOf(PROVIDERS),
    responsible: name,
    costMin: number(0, 10_000_000),
    costMax: number(0, 10_000_000),
    /** For a catalogue price per length or area (per linear foot): how many units the job needs. */
    quantity: number(0, 100_000),
    currency: { kind: 'string', maxLength: 3, pattern: /^[A-Z]{3}$/, patternHint: 'ISO 4217' },
    fundingSource: name,
    dueDate: date,
    status: oneOf(['recommended', 'approved', 'ordered', 'installed', 'declined']),
    /** Found at follow-up: installed and used, installed and not used, or not done (why: outcomeNotes). */
    outcome: oneOf(INTERVENTION_OUTCOMES),
    outcomeNotes: notes,
    /** How often the client will use it, as funders ask. */
    frequencyOfUse: oneOf(USE_FREQUENCIES),
    /** Where in the room the work goes ("left wall beside the toilet"), for the builder. */
    location: text(200),
    /** A rail's length, and its height from the finished floor, for the drawing. */
    lengthMm,
    heightMm: lengthMm,
    startDate: date,
    completionDate: date,
    /** Materials given at no cost: listed at zero in a work documentation table. */
    donated: flag,
    notes,
    deleted: flag,
  },
  photo: {
    ownerId: id,
    ownerEntity: oneOf(TARGET_ENTITIES),
    assessmentId: id,
    sha256,
    mimeType: oneOf(['image/jpeg', 'image/webp', 'image/png']),
    byteSize: integer(0, PHOTO_MAX_BYTES),
    width: integer(1, 20_000),
    height: integer(1, 20_000),
    caption: text(500),
    takenAt: timestamp,
    deleted: flag,
  },
  goal: {
    assessmentId: id,
    clientId: id,
    /** In a follow-up visit, the baseline goal re-rated here. */
    baselineGoalId: id,
    activity: name,
    activityKind: oneOf(ACTIVITIES),
    order: number(),
    importance: copmScore,
    performanceBaseline: copmScore,
    satisfactionBaseline: copmScore,
    performanceFollowUp: copmScore,
    satisfactionFollowUp: copmScore,
    /**
     * Goal Attainment Scaling (`gas.ts`): the five outcomes written at baseline, from much less
     * than expected (-2) to much more (+2), the baseline level (usually -1, or -2 when nothing
     * worse is possible), the level reached (at follow-up) and who rated it.
     */
    gasMinus2: gasText,
    gasMinus1: gasText,
    gasExpected: gasText,
    gasPlus1: gasText,
    gasPlus2: gasText,
    gasBaselineLevel: gasLevel,
    gasLevel,
    gasRatedBy: oneOf(GAS_RATERS),
    notes,
    deleted: flag,
  },
  comment: {
    assessmentId: id,
    targetEntity: oneOf(TARGET_ENTITIES),
    targetId: id,
    text: notes,
    authorId: key,
    authorName: name,
    writtenAt: timestamp,
    resolved: flag,
    deleted: flag,
  },
  /**
   * A change to a signed assessment: who, when and why, and each field's value before and after
   * (`changes`: a list of {entity, id, field, before, after, at}).
   */
  amendment: {
    assessmentId: id,
    reason: notes,
    authorId: key,
    authorName: name,
    startedAt: timestamp,
    closedAt: timestamp,
    changes: json(AMENDMENT_CHANGES_MAX_JSON_LENGTH),
    deleted: flag,
  },
  conflict: {
    entity: oneOf(CONFLICT_ENTITIES),
    recordId: id,
    field: key,
    keptValue: json(CHECKLIST_BODY_MAX_LENGTH + 100),
    keptBy: key,
    keptDeviceId: key,
    keptAt: timestamp,
    keptSeq: integer(1),
    overwrittenValue: json(CHECKLIST_BODY_MAX_LENGTH + 100),
    overwrittenBy: key,
    overwrittenDeviceId: key,
    overwrittenAt: timestamp,
    overwrittenSeq: integer(1),
    resolved: flag,
    deleted: flag,
  },
  checklist: {
    checklistId: key,
    version: integer(1),
    title: name,
    body: text(CHECKLIST_BODY_MAX_LENGTH),
    source: oneOf(['builtin', 'imported']),
    importedAt: timestamp,
    importedBy: key,
    deleted: flag,
  },
  setting: {
    key,
    value: json(100_000),
    scope: oneOf(['organization', 'user']),
    userId: key,
    deleted: flag,
  },
} as const satisfies Record<string, Record<string, FieldSpec>>;

/** Wire names of every synced entity. */
export type EntityName = keyof typeof ENTITY_FIELDS;

/** Entities whose records belong to one assessment through their `assessmentId`. */
export const ASSESSMENT_PARTS = [
  'room',
  'finding',
  'intervention',
  'goal',
  'photo',
  'comment',
  'amendment',
] as const satisfies readonly EntityName[];

/** True when the entity's records belong to one assessment (see ASSESSMENT_PARTS). */
export function isAssessmentPart(entity: EntityName): boolean {
  return (ASSESSMENT_PARTS as readonly EntityName[]).includes(entity);
}
export const ENTITY_NAMES = Object.keys(ENTITY_FIELDS) as EntityName[];

/**
 * Fields that change only by a review step judged against their current value (the write rules'
 * status steps), so a device's older base is never a conflict: signing a completed visit does not
 * "overwrite" its completion.
 */
const STEP_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  assessment: [
    'status',
    'completedAt',
    'completedBy',
    'completedByName',
    'signedAt',
    'signedBy',
    'signedByName',
  ],
};

/** True when the field moves only by review steps (see STEP_FIELDS). */
export function isStepField(entity: EntityName, field: string): boolean {
  return STEP_FIELDS[entity]?.includes(field) ?? false;
}

/** Fields a device may write on each entity; the rest are written only by the server. */
const DEVICE_WRITABLE_ONLY: Partial<Record<EntityName, readonly string[]>> = {
  conflict: ['resolved'],
};

/** The type of a value that fits a field spec. */
export type SpecValue<S> = S extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'string' | 'date' }
    ? string
    : S extends { kind: 'id' }
      ? RecordId
      : S extends { kind: 'number' | 'integer' | 'timestamp' }
        ? number
        : S extends { kind: 'boolean' }
          ? boolean
          : S extends { kind: 'string-list' }
            ? string[]
            : S extends { kind: 'number-map' }
              ? Record<string, number>
              : JsonValue;

/** The typed fields of one entity, as the app reads them after a record's values were checked. */
export type EntityFields<E extends EntityName> = {
  -readonly [F in keyof (typeof ENTITY_FIELDS)[E]]?: SpecValue<(typeof ENTITY_FIELDS)[E][F]> | null;
};

/** True when `value` is the wire name of an entity. */
export function isEntityName(value: unknown): value is EntityName {
  return typeof value === 'string' && Object.hasOwn(ENTITY_FIELDS, value);
}

/** The spec of one field, or undefined when the entity has no such field. */
export function fieldSpec(entity: EntityName, field: string): FieldSpec | undefined {
  const fields: Record<string, FieldSpec> = ENTITY_FIELDS[entity];
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** True when devices may write this field; conflicts are made by the server, except `resolved`. */
export function isDeviceWritable(entity: EntityName, field: string): boolean {
  const only = DEVICE_WRITABLE_ONLY[entity];
  return only === undefined || only.includes(field);
}
