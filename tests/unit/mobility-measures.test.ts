// Falls, the Short FES-I and Timed Up and Go: totals, refusals with their reason, and the write
// rule that keeps a FES-I whole on the server.
import { describe, expect, it } from 'vitest';
import { checkFieldValue } from '../../src/domain/field-values';
import {
  FES_I_ITEMS,
  fesITotal,
  measuresProblem,
  tugProblem,
} from '../../src/domain/mobility-measures';

const fesI = (...answers: number[]) =>
  Object.fromEntries(FES_I_ITEMS.map((item, index) => [item.field, answers[index]]));

describe('the Short FES-I (Kempen et al. 2008: 7 items, 1-4, total 7-28)', () => {
  it('totals seven answers from 7 to 28', () => {
    expect(fesITotal([1, 1, 1, 1, 1, 1, 1])).toBe(7);
    expect(fesITotal([4, 4, 4, 4, 4, 4, 4])).toBe(28);
    expect(fesITotal([2, 3, 1, 4, 2, 2, 1])).toBe(15);
  });

  it('has no total until all seven are answered 1-4', () => {
    expect(fesITotal([2, 3, 1, 4, 2, 2])).toBeUndefined();
    expect(fesITotal([2, 3, 1, 4, 2, 2, undefined])).toBeUndefined();
    expect(fesITotal([2, 3, 1, 4, 2, 2, 5])).toBeUndefined();
    expect(fesITotal([2, 3, 1, 4, 2, 2, 0])).toBeUndefined();
  });

  it('refuses an answer outside 1-4 and a total outside 7-28 in the registry', () => {
    expect(checkFieldValue('assessment', 'fesI3', 5)?.message).toBe(
      'assessment.fesI3 is 5; it must be 1 to 4.',
    );
    expect(checkFieldValue('assessment', 'fesI1', 0)?.code).toBe('out_of_range');
    expect(checkFieldValue('assessment', 'fesTotal', 6)?.code).toBe('out_of_range');
  });

  it('is saved whole: all items with their total, or none', () => {
    expect(measuresProblem({})).toBeUndefined();
    expect(measuresProblem({ ...fesI(2, 3, 1, 4, 2, 2, 1), fesTotal: 15 })).toBeUndefined();
    expect(measuresProblem({ ...fesI(2, 3, 1), fesTotal: 6 })).toBe(
      'The Short FES-I has 3 of its 7 items answered; it is saved with all of them or none.',
    );
    expect(measuresProblem({ ...fesI(2, 3, 1, 4, 2, 2, 1), fesTotal: 16 })).toBe(
      'The Short FES-I total is 16, but its items add up to 15.',
    );
    expect(measuresProblem(fesI(2, 3, 1, 4, 2, 2, 1))).toBe(
      'The Short FES-I is saved with its total (here 15).',
    );
  });
});

describe('falls since the last visit', () => {
  it('refuses more injurious falls than falls', () => {
    expect(measuresProblem({ fallsSinceLastVisit: 2, fallsWithInjury: 1 })).toBeUndefined();
    expect(measuresProblem({ fallsSinceLastVisit: 1, fallsWithInjury: 2 })).toBe(
      '2 falls with an injury is more than the 1 falls recorded.',
    );
    expect(measuresProblem({ fallsWithInjury: 1 })).toMatch(/with the number of falls/);
    expect(checkFieldValue('assessment', 'fallsSinceLastVisit', -1)?.code).toBe('out_of_range');
  });
});

describe('Timed Up and Go', () => {
  it('refuses 0 and over 10 minutes with the reason, and takes a usual time', () => {
    expect(tugProblem(0)).toMatch(/not possible/);
    expect(tugProblem(601)).toMatch(/over 10 minutes/);
    expect(tugProblem(12.4)).toBeUndefined();
    expect(checkFieldValue('assessment', 'tugSeconds', 0)?.code).toBe('out_of_range');
    expect(checkFieldValue('assessment', 'tugSeconds', 600.5)?.code).toBe('out_of_range');
    expect(checkFieldValue('assessment', 'tugAid', 'skateboard')?.code).toBe('not_an_option');
  });
});
