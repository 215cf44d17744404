// What a funder's report needs that a therapist records once, on the client, the visit or each
// recommendation, and how a report in progress says what is still missing for its template.
import type { FieldValue } from './entities';

/** The information a template may require, by id. */
export const TEMPLATE_FACTS = [
  'date-of-birth',
  'conditions',
  'consent',
  'goals',
  'funding-scheme',
  'funding-reference',
  'home-ownership',
  'owner-consent',
  'property-construction',
  'prior-modifications',
  'whs-issues',
  'frequency-of-use',
  'task-location',
  'rail-dimensions',
  'task-dates',
  'signed-off',
] as const;
export type TemplateFact = (typeof TEMPLATE_FACTS)[number];

/** Where the missing information is recorded, so the report can link there. */
export type FactPlace = 'client' | 'visit' | 'recommendation' | 'goals' | 'review';

export interface MissingInformation {
  fact: TemplateFact;
  /** What is missing, as the therapist reads it: "Owner's consent not recorded". */
  words: string;
  place: FactPlace;
  /** The record to open, for information recorded per recommendation. */
  recordId?: string;
  /** The field to fill on that record, where one field answers it. */
  field?: string;
}

type Fields = Readonly<Record<string, FieldValue | undefined>>;

/** The records a template's requirements are checked against. */
export interface FactSources {
  client: Fields | undefined;
  assessment: Fields;
  goals: readonly Fields[];
  /** The visit's live recommendations, with their ids. */
  interventions: readonly { id: string; fields: Fields }[];
}

const isFilled = (value: FieldValue | undefined): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

const titleOf = (fields: Fields): string =>
  typeof fields.title === 'string' && fields.title !== '' ? fields.title : 'A recommendation';

/** A rail, from its catalogue entry or its title: its length and height go on the drawing. */
function isRail(fields: Fields): boolean {
  const named = `${String(fields.catalogueId ?? '')} ${String(fields.title ?? '')}`.toLowerCase();
  return /\b(rail|grab[- ]?bar|handrail)/.test(named);
}

/** A task under way or done, whose dates a work-documentation table lists. */
const isStarted = (fields: Fields) =>
  fields.status === 'approved' || fields.status === 'ordered' || fields.status === 'installed';

type PerRecordCheck = (fields: Fields) => { words: string; field?: string } | undefined;

/** Per-recommendation requirements: the words when one is missing, else undefined. */
const PER_RECOMMENDATION: Partial<Record<TemplateFact, PerRecordCheck>> = {
  'frequency-of-use': (fields) =>
    isFilled(fields.frequencyOfUse)
      ? undefined
      : { words: `${titleOf(fields)}: how often it will be used`, field: 'frequencyOfUse' },
  'task-location': (fields) =>
    isFilled(fields.location)
      ? undefined
      : { words: `${titleOf(fields)}: where it goes in the room`, field: 'location' },
  'rail-dimensions': (fields) =>
    !isRail(fields) || (isFilled(fields.lengthMm) && isFilled(fields.heightMm))
      ? undefined
      : { words: `${titleOf(fields)}: rail length and height from the finished floor` },
  'task-dates': (fields) => {
    if (!isStarted(fields)) return undefined;
    if (!isFilled(fields.startDate))
      return { words: `${titleOf(fields)}: start date`, field: 'startDate' };
    if (fields.status === 'installed' && !isFilled(fields.completionDate))
      return { words: `${titleOf(fields)}: completion date`, field: 'completionDate' };
    return undefined;
  },
};

/** Whole-visit requirements: the words and place when missing, else undefined. */
function missingWholeVisit(
  fact: TemplateFact,
  sources: FactSources,
): Omit<MissingInformation, 'fact'> | undefined {
  const client = sources.client ?? {};
  const visit = sources.assessment;
  const needs = (isPresent: boolean, words: string, place: FactPlace) =>
    isPresent ? undefined : { words, place };
  switch (fact) {
    case 'date-of-birth':
      return needs(isFilled(client.dateOfBirth), 'Date of birth not recorded', 'client');
    case 'conditions':
      return needs(isFilled(client.conditions), 'Diagnosis and conditions not recorded', 'client');
    case 'consent':
      return needs(visit.consentRecorded === true, 'Consent to the visit not recorded', 'visit');
    case 'goals':
      return needs(sources.goals.length > 0, 'No goals recorded', 'goals');
    case 'funding-scheme':
      return needs(isFilled(client.fundingScheme), 'Funding scheme not recorded', 'client');
    case 'funding-reference':
      return needs(
        isFilled(client.fundingReference),
        'Participant or reference number not recorded',
        'client',
      );
    case 'home-ownership':
      return needs(isFilled(client.homeOwnership), 'Home ownership not recorded', 'client');
    case 'owner-consent':
      return needs(
        client.homeOwnership === 'owner-occupier' || isFilled(visit.ownerConsent),
        "Owner's consent not recorded",
        'visit',
      );
    case 'property-construction':
      return needs(
        isFilled(visit.constructionFrame) &&
          isFilled(visit.constructionWalls) &&
          isFilled(visit.constructionFloors),
        'Property construction (frame, walls, floors) not recorded',
        'visit',
      );
    case 'prior-modifications':
      return needs(
        isFilled(visit.priorModifications),
        'Prior modifications not recorded (write "None" if there are none)',
        'visit',
      );
    case 'whs-issues':
      return needs(
        isFilled(visit.whsIssues),
        'Work health and safety issues not recorded (write "None" if there are none)',
        'visit',
      );
    case 'signed-off':
      return needs(visit.status === 'signed', 'Not signed off yet', 'review');
    default:
      return undefined;
  }
}

/** What `required` still lacks in `sources`, in the order the template lists its requirements. */
export function missingInformation(
  required: readonly TemplateFact[],
  sources: FactSources,
): MissingInformation[] {
  const missing: MissingInformation[] = [];
  for (const fact of required) {
    const perRecord = PER_RECOMMENDATION[fact];
    if (perRecord === undefined) {
      const whole = missingWholeVisit(fact, sources);
      if (whole !== undefined) missing.push({ fact, ...whole });
      continue;
    }
    for (const intervention of sources.interventions) {
      const lack = perRecord(intervention.fields);
      if (lack !== undefined)
        missing.push({ fact, ...lack, place: 'recommendation', recordId: intervention.id });
    }
  }
  return missing;
}
