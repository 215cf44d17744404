// The client's profile as the report prints it: one line per fact, in a list a new profile field
// joins with one entry (its term and how its value reads), printed in this order.
import { ageInYears } from './calendar-date';
import { clientDeviceOf } from './client-device';
import { numberField, type RecordView, textField } from './record-view';
import { formatCalendarDate } from './report-wording';
import { formatLength, type UnitSystem } from './units';
import { DEVICE_WORDS, fieldValueWords } from './words';

/** What a fact's reading may use besides the client record. */
export interface ProfileContext {
  /** The visit's date, `YYYY-MM-DD`, for ages. */
  visitDate: string | undefined;
  units: UnitSystem;
}

/** One printed fact: its term and its value in words. */
export interface ProfileFact {
  term: string;
  value: string;
}

interface ProfileFactReader {
  term: string;
  read: (client: RecordView, context: ProfileContext) => string | undefined;
}

function listWords(client: RecordView, field: string): string | undefined {
  const value = client.fields[field];
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((item): item is string => typeof item === 'string' && item !== '');
  return items.length === 0 ? undefined : items.join(', ');
}

function birthWords(client: RecordView, context: ProfileContext): string | undefined {
  const birth = textField(client, 'dateOfBirth');
  if (birth === undefined) return undefined;
  const age = context.visitDate === undefined ? undefined : ageInYears(birth, context.visitDate);
  return `${formatCalendarDate(birth)}${age === undefined ? '' : ` (aged ${age} at the visit)`}`;
}

function deviceWords(client: RecordView, context: ProfileContext): string | undefined {
  const device = clientDeviceOf(client);
  if (device === undefined) return undefined;
  const sizes = [
    device.widthMm === undefined
      ? undefined
      : `${formatLength(device.widthMm, context.units)} wide`,
    device.lengthMm === undefined
      ? undefined
      : `${formatLength(device.lengthMm, context.units)} long`,
    device.turningDiameterMm === undefined
      ? undefined
      : `turning circle ${formatLength(device.turningDiameterMm, context.units)}`,
  ].filter((size) => size !== undefined);
  return [DEVICE_WORDS[device.kind], ...sizes].join(', ');
}

function codedWords(field: string) {
  return (client: RecordView) => {
    const code = textField(client, field);
    return code === undefined ? undefined : fieldValueWords('client', field, code);
  };
}

/** The facts the report prints, in order; a new profile field is one more entry here. */
export const PROFILE_FACT_READERS: readonly ProfileFactReader[] = [
  { term: 'Date of birth', read: birthWords },
  { term: 'Conditions', read: (client) => listWords(client, 'conditions') },
  { term: 'Precautions', read: (client) => listWords(client, 'precautions') },
  {
    term: 'Falls in the last 12 months',
    read: (client) => {
      const falls = numberField(client, 'fallsInLast12Months');
      return falls === undefined ? undefined : String(falls);
    },
  },
  { term: 'Fall risk', read: codedWords('fallRisk') },
  { term: 'Mobility device', read: deviceWords },
  { term: 'Transfers', read: codedWords('transferMethod') },
  { term: 'Vision', read: (client) => textField(client, 'visionNotes') },
  { term: 'Hearing', read: (client) => textField(client, 'hearingNotes') },
  { term: 'Cognition', read: (client) => textField(client, 'cognitionNotes') },
];

/** The profile facts recorded for the client, each in words; facts not recorded are left out. */
export function profileFacts(
  client: RecordView | undefined,
  context: ProfileContext,
): ProfileFact[] {
  if (client === undefined) return [];
  return PROFILE_FACT_READERS.flatMap(({ term, read }) => {
    const value = read(client, context)?.trim();
    return value === undefined || value === '' ? [] : [{ term, value }];
  });
}
