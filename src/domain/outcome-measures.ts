// Every outcome measure of a baseline and its follow-ups side by side: one series per measure
// with a value per visit, and each follow-up's change against the baseline judged the way the
// measure's authors define a change. New measures (issue 13's scores) are added to
// OUTCOME_MEASURES; the outcome summary draws whatever this list holds.
import { CLINICALLY_IMPORTANT_CHANGE, compareFollowUp } from './follow-up-outcome';
import type { VisitRecordSet } from './follow-up-plan';
import { gasSetOf } from './gas-outcome';
import { isFlagSet, liveRecords, numberField, textField } from './record-view';

/** How a follow-up's value compares with the baseline's, by the measure's own rule. */
export type MeasureVerdict = 'improved' | 'worse' | 'no-important-change' | 'changed';

export interface MeasureJudgement {
  verdict: MeasureVerdict;
  /** The rule applied, in words, e.g. "Fear of falling moved from high to moderate concern". */
  words: string;
}

export interface MeasureDefinition {
  id: string;
  name: string;
  /** The unit shown after a value ('s', 'points'); empty for a count. */
  unit: string;
  decimals: number;
  /** Where the rule for a change comes from (shown under the chart). */
  source: string;
  /** The visit's value; `baseline` is the visit's baseline (the visit itself for the baseline). */
  read: (visit: VisitRecordSet, baseline: VisitRecordSet) => number | undefined;
  /** Judges a follow-up's value against the baseline's. */
  judge: (before: number, after: number) => MeasureJudgement;
}

export interface MeasurePoint {
  visitId: string;
  date: string | undefined;
  value: number | undefined;
}

export interface MeasureSeries {
  definition: MeasureDefinition;
  /** The baseline first, then each follow-up in date order. */
  points: MeasurePoint[];
  /** Each follow-up against the baseline; undefined where either value is missing. */
  changes: (MeasureJudgement | undefined)[];
}

const isBaseline = (visit: VisitRecordSet, baseline: VisitRecordSet) =>
  visit.assessment.id === baseline.assessment.id;

function barrierCount(visit: VisitRecordSet): number | undefined {
  const rooms = liveRecords(visit.rooms).filter((room) => !isFlagSet(room, 'skipped'));
  const findings = liveRecords(visit.findings);
  if (findings.length === 0) return undefined;
  return findings.filter(
    (finding) =>
      textField(finding, 'answer') === 'barrier' &&
      rooms.some((room) => room.id === textField(finding, 'roomId')),
  ).length;
}

/** Direction words for a measure without a published threshold: only the direction is told. */
function direction(lowerIsBetter: boolean, what: string) {
  return (before: number, after: number): MeasureJudgement => {
    if (after === before) return { verdict: 'no-important-change', words: `The same ${what}` };
    const fewer = after < before;
    return {
      verdict: 'changed',
      words: `${fewer ? 'Fewer' : 'More'} ${what} (${lowerIsBetter === fewer ? 'better' : 'worse'}; no published threshold)`,
    };
  };
}

const byPoints = (threshold: number, what: string) => (before: number, after: number) => {
  const change = after - before;
  if (change >= threshold)
    return { verdict: 'improved' as const, words: `${what}: clinically important improvement` };
  if (change <= -threshold)
    return { verdict: 'worse' as const, words: `${what}: clinically important decline` };
  return {
    verdict: 'no-important-change' as const,
    words: `${what}: change under ${threshold} points`,
  };
};

/**
 * Short FES-I concern levels: 7-8 low, 9-13 moderate, 14-28 high (Delbaere K et al., Age Ageing
 * 2010;39:210-6, cut-points for the Short FES-I [U: not read in the paper itself]).
 */
export function fesIConcern(total: number): 'low' | 'moderate' | 'high' {
  return total <= 8 ? 'low' : total <= 13 ? 'moderate' : 'high';
}
const CONCERN_RANK = { low: 0, moderate: 1, high: 2 } as const;

/**
 * A TUG of 13.5 s or more flags a higher risk of falling (Shumway-Cook A et al., Phys Ther
 * 2000;80:896-903; pooled in Barry E et al., BMC Geriatr 2014;14:14, which says it "should not be
 * used in isolation": research/market-2026.md §3.1 [V]).
 */
export const TUG_FALL_RISK_SECONDS = 13.5;

function judgeTug(before: number, after: number): MeasureJudgement {
  const wasAtRisk = before >= TUG_FALL_RISK_SECONDS;
  const isAtRisk = after >= TUG_FALL_RISK_SECONDS;
  if (wasAtRisk && !isAtRisk)
    return { verdict: 'improved', words: `Now under ${TUG_FALL_RISK_SECONDS} s` };
  if (!wasAtRisk && isAtRisk)
    return { verdict: 'worse', words: `Now ${TUG_FALL_RISK_SECONDS} s or more` };
  return {
    verdict: 'no-important-change',
    words: isAtRisk
      ? `Still ${TUG_FALL_RISK_SECONDS} s or more`
      : `Still under ${TUG_FALL_RISK_SECONDS} s`,
  };
}

function judgeFesI(before: number, after: number): MeasureJudgement {
  const [was, now] = [fesIConcern(before), fesIConcern(after)];
  if (was === now) return { verdict: 'no-important-change', words: `Still ${now} concern` };
  return {
    verdict: CONCERN_RANK[now] < CONCERN_RANK[was] ? 'improved' : 'worse',
    words: `From ${was} to ${now} concern`,
  };
}

function judgeGas(_before: number, after: number): MeasureJudgement {
  return after >= 50
    ? { verdict: 'improved', words: 'Goals met as expected or better (T ≥ 50)' }
    : { verdict: 'worse', words: 'Goals met less than expected (T < 50)' };
}

const mean = (values: (number | undefined)[]) => {
  const rated = values.filter((value): value is number => value !== undefined);
  return rated.length === 0
    ? undefined
    : rated.reduce((sum, value) => sum + value, 0) / rated.length;
};

const COPM_SOURCE = `A change of ${CLINICALLY_IMPORTANT_CHANGE} points or more is clinically important (COPM authors, thecopm.ca FAQ 4).`;

/** The measures, in the order the outcome summary shows them. */
export const OUTCOME_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'barriers',
    name: 'Barriers found',
    unit: '',
    decimals: 0,
    source: 'A count of checklist items answered Barrier; no published threshold.',
    read: (visit) => barrierCount(visit),
    judge: direction(true, 'barriers'),
  },
  {
    id: 'recommendations-in-use',
    name: 'Baseline recommendations in use',
    unit: '',
    decimals: 0,
    source: 'Recorded at each follow-up; counted, not judged.',
    read: (visit, baseline) =>
      isBaseline(visit, baseline)
        ? undefined
        : compareFollowUp({ baseline, followUp: visit }).interventions.inUse.length,
    judge: direction(false, 'recommendations in use'),
  },
  {
    id: 'mean-performance',
    name: 'Mean performance rating (1-10)',
    unit: 'points',
    decimals: 1,
    source: COPM_SOURCE,
    read: (visit, baseline) =>
      mean(
        isBaseline(visit, baseline)
          ? liveRecords(visit.goals).map((goal) => numberField(goal, 'performanceBaseline'))
          : liveRecords(visit.goals).map((goal) => numberField(goal, 'performanceFollowUp')),
      ),
    judge: byPoints(CLINICALLY_IMPORTANT_CHANGE, 'Performance'),
  },
  {
    id: 'mean-satisfaction',
    name: 'Mean satisfaction rating (1-10)',
    unit: 'points',
    decimals: 1,
    source: COPM_SOURCE,
    read: (visit, baseline) =>
      mean(
        isBaseline(visit, baseline)
          ? liveRecords(visit.goals).map((goal) => numberField(goal, 'satisfactionBaseline'))
          : liveRecords(visit.goals).map((goal) => numberField(goal, 'satisfactionFollowUp')),
      ),
    judge: byPoints(CLINICALLY_IMPORTANT_CHANGE, 'Satisfaction'),
  },
  {
    id: 'gas',
    name: 'GAS T-score',
    unit: '',
    decimals: 1,
    source: 'Kiresuk and Sherman 1968: 50 is every goal met as expected, standard deviation 10.',
    read: (visit, baseline) =>
      isBaseline(visit, baseline)
        ? gasSetOf(visit.goals).baselineT
        : gasSetOf(visit.goals, baseline.goals).followUpT,
    judge: judgeGas,
  },
  {
    id: 'falls',
    name: 'Falls since the last visit',
    unit: '',
    decimals: 0,
    source: 'A count; no published threshold for a change.',
    read: (visit) => numberField(visit.assessment, 'fallsSinceLastVisit'),
    judge: direction(true, 'falls'),
  },
  {
    id: 'falls-injured',
    name: 'Falls with an injury',
    unit: '',
    decimals: 0,
    source: 'A count; no published threshold for a change.',
    read: (visit) => numberField(visit.assessment, 'fallsWithInjury'),
    judge: direction(true, 'falls with an injury'),
  },
  {
    id: 'fes-i',
    name: 'Short FES-I total (7-28)',
    unit: 'points',
    decimals: 0,
    source: 'Concern: 7-8 low, 9-13 moderate, 14-28 high (Delbaere et al. 2010; unverified).',
    read: (visit) => numberField(visit.assessment, 'fesTotal'),
    judge: judgeFesI,
  },
  {
    id: 'tug',
    name: 'Timed Up and Go',
    unit: 's',
    decimals: 1,
    source: `${TUG_FALL_RISK_SECONDS} s or more: higher fall risk (Shumway-Cook et al. 2000; Barry et al. 2014).`,
    read: (visit) => numberField(visit.assessment, 'tugSeconds'),
    judge: judgeTug,
  },
];

const dateOf = (visit: VisitRecordSet) => textField(visit.assessment, 'date');

/** The baseline and its follow-ups as one series per measure, follow-ups in date order. */
export function outcomeTimeline(
  baseline: VisitRecordSet,
  followUps: readonly VisitRecordSet[],
  measures: readonly MeasureDefinition[] = OUTCOME_MEASURES,
): MeasureSeries[] {
  const visits = [
    baseline,
    ...[...followUps].sort((a, b) => (dateOf(a) ?? '').localeCompare(dateOf(b) ?? '')),
  ];
  return measures.map((definition) => {
    const points = visits.map((visit) => ({
      visitId: visit.assessment.id,
      date: dateOf(visit),
      value: definition.read(visit, baseline),
    }));
    const first = points[0]?.value;
    const changes = points
      .slice(1)
      .map((point) =>
        first === undefined || point.value === undefined
          ? undefined
          : definition.judge(first, point.value),
      );
    return { definition, points, changes };
  });
}
