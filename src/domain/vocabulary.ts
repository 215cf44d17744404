// The small fixed lists the record fields draw on (activities, severities, intervention groups
// and providers), apart from the checklist and catalogue readers that also use them, so that the
// entity registry, which the app needs at start, does not pull those readers in.

export type Severity = 'low' | 'medium' | 'high';

/** Every severity, lowest first. */
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** The daily activities a barrier can get in the way of (the client's goals use the same list). */
export type Activity =
  | 'bathing'
  | 'toileting'
  | 'grooming'
  | 'dressing'
  | 'eating'
  | 'cooking'
  | 'household-tasks'
  | 'sleeping'
  | 'managing-medication'
  | 'getting-in-and-out'
  | 'moving-about'
  | 'emergency-response'
  | 'working'
  | 'school-work'
  | 'play';

export const ACTIVITIES: readonly Activity[] = [
  'bathing',
  'toileting',
  'grooming',
  'dressing',
  'eating',
  'cooking',
  'household-tasks',
  'sleeping',
  'managing-medication',
  'getting-in-and-out',
  'moving-about',
  'emergency-response',
  'working',
  'school-work',
  'play',
];

export type InterventionGroup =
  | 'assistive-equipment'
  | 'home-modification'
  | 'technique'
  | 'education'
  | 'referral';

export const INTERVENTION_GROUPS: readonly InterventionGroup[] = [
  'assistive-equipment',
  'home-modification',
  'technique',
  'education',
  'referral',
];

/** Who usually carries an intervention out. */
export type Provider =
  | 'client'
  | 'family-or-carer'
  | 'occupational-therapist'
  | 'handyperson'
  | 'licensed-contractor'
  | 'equipment-supplier'
  | 'employer'
  | 'school-staff'
  | 'health-professional'
  | 'community-agency';

export const PROVIDERS: readonly Provider[] = [
  'client',
  'family-or-carer',
  'occupational-therapist',
  'handyperson',
  'licensed-contractor',
  'equipment-supplier',
  'employer',
  'school-staff',
  'health-professional',
  'community-agency',
];

/**
 * The standard profiles a clinic can judge measurements by, one per country (the full profiles,
 * with their standards and editions, are in `standards.ts`).
 */
export type ProfileId = 'us' | 'au' | 'uk' | 'ca';

export const PROFILE_IDS: readonly ProfileId[] = ['us', 'au', 'uk', 'ca'];
