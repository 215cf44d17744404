// Goal Attainment Scaling: the T-score of a set of goals, checked against the formula's published
// properties and worked figures, and a visit's goals read as a GAS set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../../src/domain/entities';
import { parseAssessmentExport } from '../../src/domain/exports/assessment-json';
import { checkFieldValue } from '../../src/domain/field-values';
import { gasTScore, roundTScore } from '../../src/domain/gas';
import { gasSetOf } from '../../src/domain/gas-outcome';

const levels = (...values: number[]) => values.map((level) => ({ level }));

describe('the GAS T-score (Kiresuk and Sherman 1968; Turner-Stokes 2009 with its erratum)', () => {
  it('is 50 when every goal is met as expected, whatever the weights', () => {
    expect(gasTScore(levels(0, 0, 0))).toBe(50);
    expect(
      gasTScore([
        { level: 0, weight: 6 },
        { level: 0, weight: 2 },
      ]),
    ).toBe(50);
  });

  it('gives the unweighted figures of the simplified formula 50 + 10Σx / √(0.7n + 0.3n²)', () => {
    // Turner-Stokes 2009, erratum to p. 364 col. 2 and Box 1: with equal weights (w = 1) and ρ = 0.3
    // the denominator is √(0.7·n + 0.3·n²). Worked by hand:
    // 3 goals all at baseline -1: 50 - 30/√(2.1 + 2.7) = 50 - 30/2.1909 = 36.3
    expect(roundTScore(gasTScore(levels(-1, -1, -1)) ?? 0)).toBe(36.3);
    // 2 goals at -1: 50 - 20/√(1.4 + 1.2) = 37.6; 4 goals at -1: 50 - 40/√(2.8 + 4.8) = 35.5
    expect(roundTScore(gasTScore(levels(-1, -1)) ?? 0)).toBe(37.6);
    expect(roundTScore(gasTScore(levels(-1, -1, -1, -1)) ?? 0)).toBe(35.5);
    // 3 goals at 0, +1 and +2: 50 + 30/2.1909 = 63.7
    expect(roundTScore(gasTScore(levels(0, 1, 2)) ?? 0)).toBe(63.7);
  });

  it('is 60 for one goal met one level better than expected (one standard deviation)', () => {
    // With one goal the denominator is √((1-ρ) + ρ) = 1: T = 50 + 10x.
    expect(gasTScore(levels(1))).toBe(60);
    expect(gasTScore(levels(-2))).toBe(30);
  });

  it('weights goals: the more important goal moves the score more', () => {
    // Weights 3 and 1, levels +1 and -1: 50 + 10·(3 - 1)/√(0.7·10 + 0.3·16) = 50 + 20/√11.8 = 55.8
    const score = gasTScore([
      { level: 1, weight: 3 },
      { level: -1, weight: 1 },
    ]);
    expect(roundTScore(score ?? 0)).toBe(55.8);
    const reversed = gasTScore([
      { level: 1, weight: 1 },
      { level: -1, weight: 3 },
    ]);
    expect(roundTScore(reversed ?? 0)).toBe(44.2);
  });

  it('reads a different ρ when one is given (ρ = 0: independent goals)', () => {
    // 50 + 10·2/√2 = 64.1
    expect(roundTScore(gasTScore(levels(1, 1), 0) ?? 0)).toBe(64.1);
  });

  it('gives no score for no goals, a level outside -2..+2, or weights given for only some goals', () => {
    expect(gasTScore([])).toBeUndefined();
    expect(gasTScore(levels(0, 3))).toBeUndefined();
    expect(gasTScore(levels(0.5))).toBeUndefined();
    expect(gasTScore([{ level: 0, weight: 2 }, { level: 1 }])).toBeUndefined();
    expect(gasTScore([{ level: 0, weight: 0 }])).toBeUndefined();
  });
});

describe('a visit’s goals as a GAS set', () => {
  const goal = (id: string, fields: FieldValues) => ({ id, fields });
  const baseline = [
    goal('g1', {
      activity: 'Shower',
      gasExpected: 'Showers seated',
      gasBaselineLevel: -1,
      order: 0,
    }),
    goal('g2', {
      activity: 'Stairs',
      gasExpected: 'Stairs with rail',
      gasBaselineLevel: -2,
      order: 1,
    }),
    goal('g3', { activity: 'Rated only 1-10', performanceBaseline: 4, order: 2 }),
  ];

  it('scores only scaled goals, baseline from baseline levels', () => {
    const set = gasSetOf(baseline);
    expect(set.goals.map((line) => line.activity)).toEqual(['Shower', 'Stairs']);
    // 50 + 10·(-3)/√(1.4 + 1.2) = 31.4
    expect(roundTScore(set.baselineT ?? 0)).toBe(31.4);
    expect(set.followUpT).toBeUndefined();
  });

  it('scores the follow-up once every scaled goal has its level, weighted by importance when all have one', () => {
    const followUp = [
      goal('f1', { baselineGoalId: 'g1', activity: 'Shower', gasLevel: 0, importance: 8 }),
      goal('f2', { baselineGoalId: 'g2', activity: 'Stairs', gasLevel: 1, importance: 4 }),
    ];
    const set = gasSetOf(followUp, baseline);
    expect(set.weighted).toBe(true);
    // 50 + 10·(0·8 + 1·4)/√(0.7·80 + 0.3·144) = 50 + 40/√99.2 = 54.0
    expect(roundTScore(set.followUpT ?? 0)).toBe(54);
    // Baseline levels read from the baseline goals: 50 + 10·(-8 - 8)/√99.2 = 33.9
    expect(roundTScore(set.baselineT ?? 0)).toBe(33.9);
    expect(set.metCount).toBe(2);
    const partial = gasSetOf(
      [followUp[0] as (typeof followUp)[0], goal('f2', { baselineGoalId: 'g2' })],
      baseline,
    );
    expect(partial.followUpT).toBeUndefined();
    expect(partial.weighted).toBe(false);
  });

  it('refuses a level outside -2..+2 and an unknown rater in the registry', () => {
    expect(checkFieldValue('goal', 'gasLevel', 3)?.code).toBe('out_of_range');
    expect(checkFieldValue('goal', 'gasBaselineLevel', -3)?.code).toBe('out_of_range');
    expect(checkFieldValue('goal', 'gasLevel', 0.5)?.code).toBe('wrong_type');
    expect(checkFieldValue('goal', 'gasRatedBy', 'neighbour')?.code).toBe('not_an_option');
    expect(checkFieldValue('goal', 'gasLevel', -2)).toBeUndefined();
    expect(checkFieldValue('goal', 'gasRatedBy', 'carer')).toBeUndefined();
  });
});

describe('an assessment file exported before goal attainment and falls were recorded', () => {
  it('still imports, its goals rated 1-10 and not scaled', () => {
    const text = readFileSync(
      new URL('../fixtures/assessment-before-outcomes.json', import.meta.url),
      'utf8',
    );
    const parsed = parseAssessmentExport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const goals = parsed.document.records.filter((record) => record.entity === 'goal');
    expect(goals.map((goal) => goal.fields.activity)).toEqual(['Shower without help']);
    expect(gasSetOf(goals).goals).toEqual([]);
  });
});
