// The outcome summary's measures: baseline and follow-ups side by side, each change judged by the
// rule its measure's authors give, several follow-ups of one baseline in date order.
import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../../src/domain/entities';
import type { VisitRecordSet } from '../../src/domain/follow-up-plan';
import { fesIConcern, outcomeTimeline } from '../../src/domain/outcome-measures';

const record = (id: string, fields: FieldValues) => ({ id, fields });

function visit(
  id: string,
  fields: FieldValues,
  goals: ReturnType<typeof record>[] = [],
): VisitRecordSet {
  return {
    assessment: record(id, fields),
    rooms: [record(`${id}-room`, { assessmentId: id, name: 'Bathroom' })],
    findings: [
      record(`${id}-f1`, { roomId: `${id}-room`, itemId: 'a', answer: 'barrier' }),
      record(`${id}-f2`, {
        roomId: `${id}-room`,
        itemId: 'b',
        answer: fields.type === 'initial' ? 'barrier' : 'ok',
      }),
    ],
    interventions: [],
    goals,
  };
}

const baseline = visit(
  'base',
  { type: 'initial', date: '2026-01-05', fallsSinceLastVisit: 3, fesTotal: 16, tugSeconds: 15.2 },
  [
    record('g1', {
      gasExpected: 'Showers seated',
      gasBaselineLevel: -1,
      performanceBaseline: 3,
      order: 0,
    }),
    record('g2', {
      gasExpected: 'Stairs with rail',
      gasBaselineLevel: -1,
      performanceBaseline: 4,
      order: 1,
    }),
  ],
);
const threeMonths = visit(
  'f1',
  {
    type: 'follow-up',
    baselineId: 'base',
    date: '2026-04-05',
    fallsSinceLastVisit: 1,
    fesTotal: 12,
    tugSeconds: 12.1,
  },
  [
    record('f1g1', { baselineGoalId: 'g1', gasLevel: 0, performanceFollowUp: 6 }),
    record('f1g2', { baselineGoalId: 'g2', gasLevel: 1, performanceFollowUp: 5 }),
  ],
);
const sixMonths = visit(
  'f2',
  {
    type: 'follow-up',
    baselineId: 'base',
    date: '2026-07-05',
    fallsSinceLastVisit: 0,
    fesTotal: 8,
    tugSeconds: 11,
  },
  [
    record('f2g1', { baselineGoalId: 'g1', gasLevel: 1 }),
    record('f2g2', { baselineGoalId: 'g2', gasLevel: 2 }),
  ],
);

const seriesOf = (id: string, follow: VisitRecordSet[] = [threeMonths]) => {
  const series = outcomeTimeline(baseline, follow).find((line) => line.definition.id === id);
  if (series === undefined) throw new Error(`No ${id} series`);
  return series;
};
const values = (id: string, follow?: VisitRecordSet[]) =>
  seriesOf(id, follow).points.map((point) =>
    point.value === undefined ? undefined : Math.round(point.value * 10) / 10,
  );

describe('the outcome measures side by side', () => {
  it('puts each measure at baseline and follow-up', () => {
    expect(values('barriers')).toEqual([2, 1]);
    expect(values('falls')).toEqual([3, 1]);
    expect(values('fes-i')).toEqual([16, 12]);
    expect(values('tug')).toEqual([15.2, 12.1]);
    expect(values('mean-performance')).toEqual([3.5, 5.5]);
    // Two goals at -1: 37.6; at 0 and +1: 50 + 10/√2.6 = 56.2
    expect(values('gas')).toEqual([37.6, 56.2]);
  });

  it('marks each change by its authors’ rule', () => {
    expect(seriesOf('gas').changes[0]).toMatchObject({ verdict: 'improved' });
    expect(seriesOf('tug').changes[0]).toEqual({ verdict: 'improved', words: 'Now under 13.5 s' });
    expect(seriesOf('fes-i').changes[0]).toEqual({
      verdict: 'improved',
      words: 'From high to moderate concern',
    });
    expect(seriesOf('mean-performance').changes[0]).toMatchObject({ verdict: 'improved' });
    expect(seriesOf('falls').changes[0]).toMatchObject({ verdict: 'changed' });
    expect(seriesOf('falls').changes[0]?.words).toMatch(/^Fewer falls \(better/);
  });

  it('makes a timeline of several follow-ups in date order', () => {
    expect(values('fes-i', [sixMonths, threeMonths])).toEqual([16, 12, 8]);
    expect(seriesOf('fes-i', [sixMonths, threeMonths]).points.map((point) => point.date)).toEqual([
      '2026-01-05',
      '2026-04-05',
      '2026-07-05',
    ]);
    expect(seriesOf('fes-i', [sixMonths, threeMonths]).changes[1]?.words).toBe(
      'From high to low concern',
    );
  });

  it('leaves a measure not recorded at a visit uncompared', () => {
    const bare = visit('f3', { type: 'follow-up', baselineId: 'base', date: '2026-05-01' });
    expect(seriesOf('tug', [bare]).changes).toEqual([undefined]);
  });

  it('reads Short FES-I concern levels 7-8 low, 9-13 moderate, 14-28 high', () => {
    expect([7, 8, 9, 13, 14, 28].map(fesIConcern)).toEqual([
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
    ]);
  });
});
