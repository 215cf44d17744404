// The words a report uses, clinical and plain: answers, priorities, who does the work, money, dates.
import type { Setting } from './checklist';
import type { Provider } from './interventions';
import type { Priority } from './visit-summary';
import { PRIORITY_WORDS, PROVIDER_WORDS } from './words';

/** Which report: the clinical one, or the plain-language one for the client and family. */
export type ReportVariant = 'clinical' | 'plain';

export type PriorityOrUnrated = Priority | 'unrated';

const CLINICAL_PRIORITIES: Readonly<Record<PriorityOrUnrated, string>> = {
  ...PRIORITY_WORDS,
  unrated: 'Not rated',
};

/** A family reads what to do when, not a severity scale. */
const PLAIN_PRIORITIES: Readonly<Record<PriorityOrUnrated, string>> = {
  high: 'Do this first',
  medium: 'Do this soon',
  low: 'Can wait',
  unrated: 'To be decided',
};

/** How urgent a barrier or a recommendation is, in the variant's words. */
export function priorityWords(priority: Priority | undefined, variant: ReportVariant): string {
  const words = variant === 'plain' ? PLAIN_PRIORITIES : CLINICAL_PRIORITIES;
  return words[priority ?? 'unrated'];
}

const CLINICAL_PROVIDERS = PROVIDER_WORDS;

const PLAIN_PROVIDERS: Readonly<Record<Provider, string>> = {
  client: 'You',
  'family-or-carer': 'Family or a carer',
  'occupational-therapist': 'Your occupational therapist',
  handyperson: 'A handyperson',
  'licensed-contractor': 'A licensed builder or tradesperson',
  'equipment-supplier': 'An equipment supplier',
  employer: 'The employer',
  'school-staff': 'School staff',
  'health-professional': 'A doctor or other health professional',
  'community-agency': 'A community service',
};

/**
 * Who does a piece of work: the name the therapist wrote (`responsible`) if any, else the
 * provider in the variant's words; undefined when neither is known.
 */
export function whoWords(
  responsible: string | undefined,
  provider: string | undefined,
  variant: ReportVariant,
): string | undefined {
  if (responsible !== undefined && responsible.trim() !== '') return responsible;
  const names: Readonly<Record<string, string>> =
    variant === 'plain' ? PLAIN_PROVIDERS : CLINICAL_PROVIDERS;
  return provider === undefined ? undefined : (names[provider] ?? provider);
}

const SETTING_PLACES: Readonly<Record<Setting, string>> = {
  home: 'home',
  workplace: 'workplace',
  school: 'school',
};

/** The place assessed, as a noun: `home`, `workplace`, `school`. */
export function placeWords(setting: Setting | undefined): string {
  return SETTING_PLACES[setting ?? 'home'];
}

/** The people checklists speak of in the third person, replaced by a name in the plain report. */
const PERSON_IN_PROMPT = /\b(the (?:client|child|student|worker))('s)?\b/gi;

/**
 * A checklist prompt addressed to the family: "Can the client open the door?" reads "Can Mary
 * open the door?". Without a name the prompt is left as written.
 */
export function personalPrompt(prompt: string, firstName: string | undefined): string {
  if (firstName === undefined || firstName === '') return prompt;
  return prompt.replace(PERSON_IN_PROMPT, (_match, _person, possessive?: string) =>
    possessive === undefined ? firstName : `${firstName}'s`,
  );
}

/** The first word of a person's name, for sentences addressed to the family. */
export function firstNameOf(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first === undefined || first === '' ? undefined : first;
}

/** Locale and time zone for figures and dates; the device's own when not given. */
export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

export { formatCostRange, formatMoney } from './words';

/** A calendar date stored as `YYYY-MM-DD`, written out: `6 January 2025` (in the locale's order). */
export function formatCalendarDate(date: string, options: FormatOptions = {}): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    parsed,
  );
}

/** A moment (milliseconds since 1970) with its time: `6 January 2025 at 14:05`. */
export function formatMoment(atMs: number, options: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }).format(new Date(atMs));
}
