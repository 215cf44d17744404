// The words a person reads for every code the records store (answers, severities, priorities,
// statuses, settings, who does the work, roles...), one place for screens, reports and exports.
import { ROLES, type Role } from './accounts';
import { DEVICE_KINDS, type DeviceKind } from './client-device';
import { ENTITY_FIELDS, type EntityName, type InterventionOutcome } from './entities';
import {
  CONSTRUCTION_WORDS,
  FUNDING_SCHEME_WORDS,
  HOME_OWNERSHIP_WORDS,
  OWNER_CONSENT_WORDS,
  USE_FREQUENCY_WORDS,
} from './funding-vocabulary';
import type { GasRater } from './gas';
import type { TugAid } from './mobility-measures';
import type { Activity, InterventionGroup, Provider } from './vocabulary';

type Words<C extends string> = Readonly<Record<C, string>>;

export const ANSWER_WORDS: Words<'ok' | 'barrier' | 'na'> = {
  ok: 'OK',
  barrier: 'Barrier',
  na: 'Not applicable',
};

export const SEVERITY_WORDS: Words<'low' | 'medium' | 'high'> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const PRIORITY_WORDS: Words<'high' | 'medium' | 'low'> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const SETTING_WORDS: Words<'home' | 'workplace' | 'school'> = {
  home: 'Home',
  workplace: 'Workplace',
  school: 'School',
};

export const VISIT_TYPE_WORDS: Words<'initial' | 'follow-up'> = {
  initial: 'Initial assessment',
  'follow-up': 'Follow-up',
};

export const VISIT_STATUS_WORDS: Words<'draft' | 'complete' | 'signed'> = {
  draft: 'Draft',
  complete: 'Complete',
  signed: 'Signed off',
};

export const RECOMMENDATION_STATUS_WORDS: Words<
  'recommended' | 'approved' | 'ordered' | 'installed' | 'declined'
> = {
  recommended: 'Recommended',
  approved: 'Approved',
  ordered: 'Ordered',
  installed: 'Installed',
  declined: 'Declined',
};

export const PROVIDER_WORDS: Words<Provider> = {
  client: 'Client',
  'family-or-carer': 'Family or carer',
  'occupational-therapist': 'Occupational therapist',
  handyperson: 'Handyperson',
  'licensed-contractor': 'Licensed contractor',
  'equipment-supplier': 'Equipment supplier',
  employer: 'Employer',
  'school-staff': 'School or education staff',
  'health-professional': 'Health professional',
  'community-agency': 'Community agency',
};

export const GROUP_WORDS: Words<InterventionGroup> = {
  'assistive-equipment': 'Assistive equipment',
  'home-modification': 'Modification',
  technique: 'Technique',
  education: 'Advice and education',
  referral: 'Referral',
};

export const ACTIVITY_WORDS: Words<Activity> = {
  bathing: 'Bathing and showering',
  toileting: 'Toileting',
  grooming: 'Grooming',
  dressing: 'Dressing',
  eating: 'Eating',
  cooking: 'Cooking and meals',
  'household-tasks': 'Household tasks',
  sleeping: 'Sleeping',
  'managing-medication': 'Managing medication',
  'getting-in-and-out': 'Getting in and out',
  'moving-about': 'Moving about',
  'emergency-response': 'Emergencies',
  working: 'Working',
  'school-work': 'School work',
  play: 'Play',
};

export const DEVICE_WORDS: Words<DeviceKind> = {
  none: 'None',
  cane: 'Cane or stick',
  crutches: 'Crutches',
  walker: 'Walking frame',
  rollator: 'Rollator',
  'manual-wheelchair': 'Manual wheelchair',
  'power-wheelchair': 'Power wheelchair',
  scooter: 'Mobility scooter',
};

export const TRANSFER_WORDS: Words<
  'independent' | 'supervised' | 'one-assist' | 'two-assist' | 'hoist'
> = {
  independent: 'Independent',
  supervised: 'Needs supervision',
  'one-assist': 'Help of one person',
  'two-assist': 'Help of two people',
  hoist: 'Hoist',
};

export const FALL_RISK_WORDS: Words<'low' | 'moderate' | 'high'> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

export const PRONOUN_WORDS: Words<'she' | 'he' | 'they'> = {
  she: 'She, her',
  he: 'He, him',
  they: 'They, them',
};

export const AGE_GROUP_WORDS: Words<'adult' | 'child'> = { adult: 'Adult', child: 'Child' };

export const ROLE_WORDS: Words<Role> = {
  admin: 'Administrator',
  therapist: 'Therapist',
  reviewer: 'Reviewer',
};

export const MEASUREMENT_RESULT_WORDS: Words<'pass' | 'fail' | 'unknown'> = {
  pass: 'Pass',
  fail: 'Fail',
  unknown: 'No standard figure',
};

/** What a follow-up asks of a recommendation depends on its kind: equipment is used, advice followed. */
export type RecommendationKind = 'equipment' | 'modification' | 'advice' | 'referral';

const KIND_OF_GROUP: Readonly<Record<InterventionGroup, RecommendationKind>> = {
  'assistive-equipment': 'equipment',
  'home-modification': 'modification',
  technique: 'advice',
  education: 'advice',
  referral: 'referral',
};

/** The kind of a recommendation by its catalogue group; a custom one without a group reads as a modification. */
export function recommendationKind(category: string | undefined): RecommendationKind {
  return KIND_OF_GROUP[category as InterventionGroup] ?? 'modification';
}

/** The outcome choices at a follow-up, in the words that fit each kind of recommendation. */
export const OUTCOME_WORDS: Readonly<Record<RecommendationKind, Words<InterventionOutcome>>> = {
  equipment: {
    'in-use': 'Supplied and used',
    'not-used': 'Supplied, not used',
    'not-done': 'Not supplied',
  },
  modification: {
    'in-use': 'Installed and used',
    'not-used': 'Installed, not used',
    'not-done': 'Not done',
  },
  advice: { 'in-use': 'Followed', 'not-used': 'Tried, not kept up', 'not-done': 'Not followed' },
  referral: {
    'in-use': 'Seen and acted on',
    'not-used': 'Seen, nothing came of it',
    'not-done': 'Not seen yet',
  },
};

/** An outcome as a group of a follow-up's summary, whatever the kinds in it. */
export const OUTCOME_GROUP_WORDS: Words<InterventionOutcome> = {
  'in-use': 'In use or followed',
  'not-used': 'Not kept up (abandoned)',
  'not-done': 'Not done',
};

/** The walking aid used in a Timed Up and Go. */
export const TUG_AID_WORDS: Words<TugAid> = {
  none: 'No walking aid',
  cane: 'Stick or cane',
  crutches: 'Crutches',
  walker: 'Walking frame',
  rollator: 'Rollator',
  other: 'Other aid',
};

/** Who rated a goal's attainment. */
export const GAS_RATER_WORDS: Words<GasRater> = {
  therapist: 'Therapist',
  client: 'Client',
  carer: 'Carer',
};

/** The words of each stored field that holds a code, by entity and field. */
const FIELD_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'client.ageGroup': AGE_GROUP_WORDS,
  'client.pronouns': PRONOUN_WORDS,
  'client.mobilityDevice': DEVICE_WORDS,
  'client.transferMethod': TRANSFER_WORDS,
  'client.fallRisk': FALL_RISK_WORDS,
  'client.fundingScheme': FUNDING_SCHEME_WORDS,
  'client.homeOwnership': HOME_OWNERSHIP_WORDS,
  'assessment.ownerConsent': OWNER_CONSENT_WORDS,
  'assessment.constructionFrame': CONSTRUCTION_WORDS,
  'assessment.constructionWalls': CONSTRUCTION_WORDS,
  'assessment.constructionFloors': CONSTRUCTION_WORDS,
  'assessment.tugAid': TUG_AID_WORDS,
  'intervention.frequencyOfUse': USE_FREQUENCY_WORDS,
  'goal.gasRatedBy': GAS_RATER_WORDS,
  'assessment.setting': SETTING_WORDS,
  'assessment.type': VISIT_TYPE_WORDS,
  'assessment.status': VISIT_STATUS_WORDS,
  'finding.answer': ANSWER_WORDS,
  'finding.severity': SEVERITY_WORDS,
  'intervention.category': GROUP_WORDS,
  'intervention.priority': PRIORITY_WORDS,
  'intervention.provider': PROVIDER_WORDS,
  'intervention.status': RECOMMENDATION_STATUS_WORDS,
  'intervention.outcome': OUTCOME_GROUP_WORDS,
  'goal.activityKind': ACTIVITY_WORDS,
};

/** Coded fields a person never reads as such (file types, record kinds, where a record came from). */
export const FIELDS_NEVER_SHOWN: readonly string[] = [
  'assessment.standard',
  'photo.ownerEntity',
  'photo.mimeType',
  'comment.targetEntity',
  'conflict.entity',
  'checklist.source',
  'setting.scope',
];

/** A code no list knows, made readable rather than shown raw: `licensed-contractor` → `Licensed contractor`. */
export function readableCode(code: string): string {
  const spaced = code.replaceAll(/[-_.]+/g, ' ').trim();
  return spaced === '' ? code : `${spaced[0]?.toUpperCase() ?? ''}${spaced.slice(1)}`;
}

/** What a person reads for the code stored in `entity.field`, e.g. `finding.answer` `na` → `Not applicable`. */
export function fieldValueWords(entity: EntityName, field: string, code: string): string {
  return FIELD_WORDS[`${entity}.${field}`]?.[code] ?? readableCode(code);
}

/** Whether a coded field of the registry has its words here (used by the test that none lacks them). */
export function hasFieldWords(entity: EntityName, field: string, code: string): boolean {
  return FIELD_WORDS[`${entity}.${field}`]?.[code] !== undefined;
}

/**
 * Every code the records store in a coded field, plus the roles and device kinds: the list a test
 * looks for on screen, derived from the registry so a new code is covered at once.
 */
export function storedCodes(): string[] {
  const codes = new Set<string>([...ROLES, ...DEVICE_KINDS]);
  for (const fields of Object.values(ENTITY_FIELDS)) {
    for (const spec of Object.values(fields)) {
      if (spec.kind === 'enum') for (const value of spec.values) codes.add(value);
    }
  }
  return [...codes];
}

/** A cost in the one way every screen and report writes it: `$150`, or `$150 to $400`. */
export interface CostRangeValue {
  currency: string | undefined;
  min: number;
  max: number;
}

/** Money with no cents: `$1,250`. A missing currency reads as US dollars, as the forms default. */
export function formatMoney(
  amount: number,
  currency: string | undefined,
  options: { locale?: string } = {},
): string {
  return new Intl.NumberFormat(options.locale, {
    style: 'currency',
    currency: currency ?? 'USD',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A cost range: `$150` when both ends agree, else `$150 to $400`. */
export function formatCostRange(total: CostRangeValue, options: { locale?: string } = {}): string {
  const low = formatMoney(total.min, total.currency, options);
  return total.min === total.max
    ? low
    : `${low} to ${formatMoney(total.max, total.currency, options)}`;
}

/** A stored cost (either end may be missing), or undefined when neither end is known. */
export function costWords(
  costMin: number | undefined,
  costMax: number | undefined,
  currency: string | undefined,
): string | undefined {
  const min = costMin ?? costMax;
  const max = costMax ?? costMin;
  return min === undefined || max === undefined
    ? undefined
    : formatCostRange({ currency, min, max });
}

/** The kind of a visit in a line: `Home · Follow-up`. */
export function visitKindWords(setting: string | undefined, type: string | undefined): string {
  const place = fieldValueWords('assessment', 'setting', setting ?? 'home');
  return `${place} · ${fieldValueWords('assessment', 'type', type ?? 'initial')}`;
}
