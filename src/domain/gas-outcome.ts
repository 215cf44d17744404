// A visit's goals as a Goal Attainment Scaling set: which goals are scaled, the T-score at baseline
// (each goal at its baseline level) and at follow-up (each at the level reached), and who rated.
import { GAS_RATERS, type GasRater, gasTScore, isGasLevel } from './gas';
import { liveRecords, numberField, oneOfField, type RecordView, textField } from './record-view';

/** One scaled goal's levels at both visits. */
export interface GasGoalLine {
  goalId: string;
  activity: string | undefined;
  baselineLevel: number | undefined;
  followUpLevel: number | undefined;
  /** The goal's importance to the client (1-10), used as its weight when every goal has one. */
  importance: number | undefined;
  ratedBy: GasRater | undefined;
  /** The expected outcome (level 0) in the therapist's words. */
  expected: string | undefined;
}

export interface GasSet {
  goals: GasGoalLine[];
  /** True when every scaled goal has an importance and the T-scores are weighted by it. */
  weighted: boolean;
  /** Undefined until every scaled goal has its baseline level. */
  baselineT: number | undefined;
  /** Undefined until every scaled goal has the level reached. */
  followUpT: number | undefined;
  /** How many goals were met (level 0 or better: PCO IG "Realistic Goal (0) or better"). */
  metCount: number;
}

/** A goal takes part in GAS once its expected outcome is written or a level is set. */
export function isScaledGoal(goal: RecordView, baseline?: RecordView): boolean {
  const expected =
    textField(goal, 'gasExpected') ?? (baseline && textField(baseline, 'gasExpected'));
  return (
    (expected !== undefined && expected.trim() !== '') ||
    isGasLevel(numberField(goal, 'gasBaselineLevel')) ||
    isGasLevel(numberField(goal, 'gasLevel'))
  );
}

const order = (goal: RecordView) => numberField(goal, 'order') ?? Number.MAX_VALUE;

/**
 * The GAS set of a visit's goals. For a follow-up, `baselineGoals` supplies what a goal copied
 * from the baseline lacks (its levels were written there).
 */
export function gasSetOf(
  goals: readonly RecordView[],
  baselineGoals: readonly RecordView[] = [],
): GasSet {
  const lines = liveRecords(goals)
    .sort((a, b) => order(a) - order(b))
    .flatMap((goal): GasGoalLine[] => {
      const baselineId = textField(goal, 'baselineGoalId');
      const before = baselineGoals.find((candidate) => candidate.id === baselineId);
      if (!isScaledGoal(goal, before)) return [];
      const number = (field: string) =>
        numberField(goal, field) ?? (before === undefined ? undefined : numberField(before, field));
      return [
        {
          goalId: goal.id,
          activity: textField(goal, 'activity'),
          baselineLevel: number('gasBaselineLevel'),
          followUpLevel: numberField(goal, 'gasLevel'),
          importance: number('importance'),
          ratedBy: oneOfField(goal, 'gasRatedBy', GAS_RATERS),
          expected: textField(goal, 'gasExpected') ?? (before && textField(before, 'gasExpected')),
        },
      ];
    });
  const weighted = lines.length > 0 && lines.every((line) => line.importance !== undefined);
  const scoreOf = (level: (line: GasGoalLine) => number | undefined) => {
    const scores = lines.map((line) => ({
      level: level(line),
      weight: weighted ? line.importance : undefined,
    }));
    if (scores.some((score) => score.level === undefined)) return undefined;
    return gasTScore(scores as { level: number; weight: number | undefined }[]);
  };
  return {
    goals: lines,
    weighted,
    baselineT: scoreOf((line) => line.baselineLevel),
    followUpT: scoreOf((line) => line.followUpLevel),
    metCount: lines.filter((line) => line.followUpLevel !== undefined && line.followUpLevel >= 0)
      .length,
  };
}
