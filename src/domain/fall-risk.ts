// A client's fall risk from the CDC STEADI key questions, and how it raises fall-related barriers.
import type { Item, Severity } from './checklist';
import { isFlagSet, numberField, oneOfField, type RecordView } from './record-view';

/**
 * The three STEADI key questions, as client fields (true = yes, false = no, absent = not asked).
 * Paraphrased from the CDC STEADI screening algorithm (https://www.cdc.gov/steadi/), which is US
 * federal work; the wording here is ours.
 */
export const STEADI_QUESTIONS = [
  { field: 'steadiFallenPastYear', question: 'Has the client fallen in the past year?' },
  { field: 'steadiFeelsUnsteady', question: 'Does the client feel unsteady standing or walking?' },
  { field: 'steadiWorriesAboutFalling', question: 'Does the client worry about falling?' },
] as const;

export type SteadiField = (typeof STEADI_QUESTIONS)[number]['field'];
export type FallRiskLevel = 'low' | 'moderate' | 'high';
const LEVELS: readonly FallRiskLevel[] = ['low', 'moderate', 'high'];

/** Falls in the past year at which the screen reads high risk (STEADI: two or more falls). */
export const HIGH_RISK_FALL_COUNT = 2;

export interface FallRisk {
  /** Undefined when neither the questions nor the therapist's grading say. */
  level: FallRiskLevel | undefined;
  /** Where the level comes from, in words a therapist reads on the profile. */
  basis: string;
}

/** The reason shown on a barrier whose severity a high fall risk raised. */
export const FALL_RISK_RAISE_REASON =
  'Raised: client at high fall risk; home hazard reduction works best in high-risk groups (Cochrane 2023, rate ratio 0.62).';

const answerOf = (client: RecordView, field: SteadiField): boolean | undefined =>
  typeof client.fields[field] === 'boolean' ? isFlagSet(client, field) : undefined;

/**
 * The client's fall risk. The therapist's own grading (`fallRisk`, after gait, strength and
 * balance tests) stands; otherwise the STEADI screen: any "yes" screens at risk, and two or more
 * falls in the past year make it high; three "no" with no recorded fall screen not at risk.
 */
export function fallRiskOf(client: RecordView | undefined): FallRisk {
  if (client === undefined) return { level: undefined, basis: 'No client profile.' };
  const graded = oneOfField(client, 'fallRisk', LEVELS);
  if (graded !== undefined) return { level: graded, basis: 'Graded by the therapist.' };
  const falls = numberField(client, 'fallsInLast12Months');
  const answers = STEADI_QUESTIONS.map(({ field }) => answerOf(client, field));
  const fallen = answers[0] === true || (falls !== undefined && falls >= 1);
  const atRisk = fallen || answers.includes(true);
  if (atRisk && falls !== undefined && falls >= HIGH_RISK_FALL_COUNT) {
    return { level: 'high', basis: `Screened at risk, with ${falls} falls in the past year.` };
  }
  if (atRisk) {
    return {
      level: 'moderate',
      basis: 'Screened at risk; grade it with gait, strength and balance tests.',
    };
  }
  if (answers.every((answer) => answer === false)) {
    return { level: 'low', basis: 'Screened not at risk (no to all three questions).' };
  }
  return { level: undefined, basis: 'The STEADI questions have not all been asked.' };
}

export interface SeverityDefault {
  severity: Severity;
  /** Set when the client's fall risk raised the item's usual severity. */
  raisedReason?: string;
}

/** The severity a new barrier on this item starts at, for this client. */
export function barrierSeverityDefault(item: Item, risk: FallRisk): SeverityDefault {
  if (item.fallRelated && risk.level === 'high' && item.severity.default !== 'high') {
    return { severity: 'high', raisedReason: FALL_RISK_RAISE_REASON };
  }
  return { severity: item.severity.default };
}

/** Whether a barrier at this severity stands raised by the client's fall risk. */
export function raisedByFallRisk(item: Item, risk: FallRisk, severity: Severity): boolean {
  return barrierSeverityDefault(item, risk).raisedReason !== undefined && severity === 'high';
}
