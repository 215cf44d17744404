// Goal Attainment Scaling (GAS): each goal is written at baseline as five levels of outcome, -2 to
// +2 with the expected outcome at 0, and the level reached is marked at follow-up. The set of
// goals is summarised as one T-score (Kiresuk and Sherman 1968), 50 when every goal is met as
// expected, with a standard deviation of about 10.
//
// Sources:
// - Kiresuk TJ, Sherman RE. Goal attainment scaling: a general method for evaluating
//   comprehensive community mental health programs. Community Ment Health J 1968;4:443-53.
// - Turner-Stokes L. Goal attainment scaling (GAS) in rehabilitation: a practical guide. Clin
//   Rehabil 2009;23:362-70, with its erratum (the corrected formula, p. 364 and Box 1, p. 367):
//   T = 50 + 10·Σ(wᵢxᵢ) / √((1-ρ)·Σwᵢ² + ρ·(Σwᵢ)²), wᵢ = 1 when unweighted, ρ = 0.3 by convention
//   (https://www.slideshare.net/antoniomoset/turner-stokes, verified in the erratum page).
// - Baseline is usually -1, or -2 when no worse outcome is possible (Turner-Stokes 2009, p. 365;
//   research/ot-anchors.md §4, unverified there).

/** The five levels, from much less than expected (-2) to much more than expected (+2). */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

/** The goal-set field holding each level's description, from -2 to +2. */
export const GAS_LEVEL_FIELDS = {
  '-2': 'gasMinus2',
  '-1': 'gasMinus1',
  '0': 'gasExpected',
  '1': 'gasPlus1',
  '2': 'gasPlus2',
} as const satisfies Record<`${GasLevel}`, string>;

/** Who rated the level reached: the therapist, the client or a carer. */
export const GAS_RATERS = ['therapist', 'client', 'carer'] as const;
export type GasRater = (typeof GAS_RATERS)[number];

/** The conventional expected correlation between a person's goal scales (Kiresuk and Sherman). */
export const GAS_RHO = 0.3;

/** One scored goal: the level, and its weight (1 when the goals are not weighted). */
export interface GasScore {
  level: number;
  weight?: number | undefined;
}

/** True when the value is one of the five GAS levels. */
export function isGasLevel(value: unknown): value is GasLevel {
  return typeof value === 'number' && (GAS_LEVELS as readonly number[]).includes(value);
}

/**
 * The set's T-score, or undefined when there is no goal or a level or weight is out of range.
 * Weights must all be given or all be left out (then every goal weighs 1).
 */
export function gasTScore(goals: readonly GasScore[], rho: number = GAS_RHO): number | undefined {
  if (goals.length === 0) return undefined;
  if (!goals.every((goal) => isGasLevel(goal.level))) return undefined;
  const weighted = goals.filter((goal) => goal.weight !== undefined).length;
  if (weighted !== 0 && weighted !== goals.length) return undefined;
  const weights = goals.map((goal) => goal.weight ?? 1);
  if (!weights.every((weight) => Number.isFinite(weight) && weight > 0)) return undefined;
  const sumWeighted = goals.reduce(
    (sum, goal, index) => sum + (weights[index] ?? 1) * goal.level,
    0,
  );
  const sumWeights = weights.reduce((sum, weight) => sum + weight, 0);
  const sumSquares = weights.reduce((sum, weight) => sum + weight * weight, 0);
  const spread = Math.sqrt((1 - rho) * sumSquares + rho * sumWeights * sumWeights);
  return 50 + (10 * sumWeighted) / spread;
}

/** A T-score as shown and exported: one decimal. */
export function roundTScore(score: number): number {
  return Math.round(score * 10) / 10;
}
