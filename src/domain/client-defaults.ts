// Defaults that follow the client: a barrier's severity from the item's own guidance read against
// the client's profile, a recommendation's priority from its barrier, who does it from the setting.
import type { Item } from './checklist';
import { type DeviceKind, deviceName } from './client-device';
import { numberField, type RecordView, textField } from './record-view';
import type { Provider, Severity } from './vocabulary';

/** A suggested severity and, when the profile raised it, the reasons in words. */
export interface SeveritySuggestion {
  severity: Severity;
  reasons: string[];
}

const WALKING_AIDS = new Set(['cane', 'crutches', 'walker', 'rollator']);

function listText(client: RecordView, field: string): string {
  const value = client.fields[field];
  return Array.isArray(value) ? value.filter((part) => typeof part === 'string').join(', ') : '';
}

function walkingAidWords(device: string): string {
  return device === 'crutches' ? 'uses crutches' : `uses a ${deviceName(device as DeviceKind)}`;
}

/** The facts of a profile that the checklists' guidance raises a severity for. */
function profileFacts(client: RecordView | undefined): Record<string, string | undefined> {
  if (client === undefined) return {};
  const falls = numberField(client, 'fallsInLast12Months') ?? 0;
  const device = textField(client, 'mobilityDevice');
  const precautions = listText(client, 'precautions');
  const health = [
    listText(client, 'conditions'),
    precautions,
    textField(client, 'visionNotes') ?? '',
    textField(client, 'cognitionNotes') ?? '',
  ].join(' ');
  const livesWith = textField(client, 'livesWith') ?? '';
  return {
    fell: falls > 0 ? `${falls} ${falls === 1 ? 'fall' : 'falls'} in the past year` : undefined,
    walkingAid:
      device !== undefined && WALKING_AIDS.has(device) ? walkingAidWords(device) : undefined,
    hipPrecautions: /hip|weight[- ]?bearing/i.test(precautions)
      ? 'hip or weight-bearing precautions'
      : undefined,
    lowVision: /vision|sight|macular|glaucoma|cataract|blind/i.test(health)
      ? 'low vision'
      : undefined,
    memory: /memory|dementia|cogniti|confus/i.test(health) ? 'memory problems' : undefined,
    reducedFeeling: /neuropath|numb|sensation|feeling/i.test(health)
      ? 'reduced feeling'
      : undefined,
    livesAlone: /alone|nobody|no one/i.test(livesWith) ? 'lives alone' : undefined,
  };
}

/**
 * The checklists' guidance sentences that raise a severity, with the profile facts each names.
 * A sentence not listed here (or reworded) keeps the item's own default.
 */
const RAISING_GUIDANCE: Readonly<Record<string, { to: Severity; when: readonly string[] }>> = {
  'High for a client who has fallen in the past year, uses a walking aid or has hip or weight-bearing precautions; medium otherwise.':
    { to: 'high', when: ['fell', 'walkingAid', 'hipPrecautions'] },
  'Medium; raise to high if the client has low vision, memory problems or gets up at night.': {
    to: 'high',
    when: ['lowVision', 'memory'],
  },
  'High if the client has reduced feeling in the hands or feet, slow reactions or memory problems; medium otherwise.':
    { to: 'high', when: ['reducedFeeling', 'memory'] },
  'High if the client lives alone or has fallen in the past year; medium otherwise.': {
    to: 'high',
    when: ['livesAlone', 'fell'],
  },
  'Medium; high if the client lives alone.': { to: 'high', when: ['livesAlone'] },
  'Medium; high if the client has fallen in the bathroom before.': { to: 'high', when: ['fell'] },
};

/** The severity an item's guidance gives this client (the item's default when nothing raises it). */
export function suggestedSeverity(item: Item, client: RecordView | undefined): SeveritySuggestion {
  const rule = RAISING_GUIDANCE[item.severity.guidance];
  if (rule === undefined) return { severity: item.severity.default, reasons: [] };
  const facts = profileFacts(client);
  const reasons = rule.when.flatMap((fact) => facts[fact] ?? []);
  return reasons.length === 0
    ? { severity: item.severity.default, reasons: [] }
    : { severity: rule.to, reasons };
}

/** A recommendation starts at its barrier's severity: a high barrier's fix is a high priority. */
export function priorityForSeverity(severity: Severity | undefined): Severity {
  return severity ?? 'medium';
}

/** Who stands for the place in each setting: the school's staff at school, the employer at work. */
const SETTING_PROVIDER: Readonly<Record<string, Provider>> = {
  school: 'school-staff',
  workplace: 'employer',
};
const PLACE_PROVIDERS: readonly Provider[] = ['school-staff', 'employer'];

/**
 * Who does a catalogue entry in this setting: the place's own people stand in for those of
 * another place (the employer's part at a school is the school staff's), and at home neither.
 */
export function providerForSetting(
  providers: readonly Provider[],
  setting: string | undefined,
): Provider | undefined {
  const own = setting === undefined ? undefined : SETTING_PROVIDER[setting];
  for (const provider of providers) {
    if (!PLACE_PROVIDERS.includes(provider)) return provider;
    if (own !== undefined) return own;
  }
  return providers[0];
}
