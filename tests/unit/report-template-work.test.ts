// A template's works tables: one task per row with its place, dimensions in the template's units,
// how often it is used, its dates, and donated materials at zero in the row and the total.
import { describe, expect, it } from 'vitest';
import { workRows, workTotals } from '../../src/domain/report-template-work';
import type { ScopeOfWorksLine } from '../../src/domain/visit-summary';

function line(overrides: Partial<ScopeOfWorksLine>): ScopeOfWorksLine {
  return {
    interventionId: 'rail',
    title: 'Grab rail beside the toilet',
    priority: 'high',
    provider: 'handyperson',
    responsible: undefined,
    costMin: 100,
    costMax: 300,
    currency: 'AUD',
    costSource: 'record',
    fundingSource: undefined,
    status: 'recommended',
    roomName: 'Bathroom',
    findingId: 'finding-1',
    isFree: false,
    ...overrides,
  };
}

describe('work rows', () => {
  it('give a rail its length and height from the floor in the template units', () => {
    const fields = new Map([
      ['rail', { lengthMm: 900, heightMm: 850, location: 'Left wall', frequencyOfUse: 'daily' }],
    ]);
    const [metric] = workRows([line({})], fields, 'metric');
    expect(metric).toMatchObject({
      task: 'Grab rail beside the toilet',
      room: 'Bathroom',
      location: 'Left wall',
      dimensions: 'Length 900 mm, 850 mm from the finished floor',
      frequency: 'Daily',
      priority: 'High',
      status: 'Recommended',
    });
    expect(metric?.cost).toMatch(/100.*to.*300/);
    const [imperial] = workRows([line({})], fields, 'imperial');
    expect(imperial?.dimensions).toBe('Length 35 3/8", 33 1/2" from the finished floor');
  });

  it('print donated materials at zero, and a task with no cost as not costed', () => {
    const fields = new Map([['rail', { donated: true }]]);
    const [donated] = workRows([line({})], fields, 'metric');
    expect(donated?.cost).toMatch(/0 \(donated\)$/);
    const [uncosted] = workRows(
      [line({ costMin: undefined, costMax: undefined })],
      new Map(),
      'metric',
    );
    expect(uncosted?.cost).toBeUndefined();
  });

  it('say when a cost is the catalogue estimate rather than a quote', () => {
    const [row] = workRows([line({ costSource: 'catalogue' })], new Map(), 'metric');
    expect(row?.cost).toContain('(catalogue estimate)');
  });
});

describe('work totals', () => {
  it('count donated tasks at zero and sum the rest per currency', () => {
    const lines = [
      line({ interventionId: 'a', costMin: 100, costMax: 300 }),
      line({ interventionId: 'b', costMin: 50, costMax: 50 }),
      line({ interventionId: 'c', costMin: 20, costMax: 40, currency: 'USD' }),
      line({ interventionId: 'd', costMin: undefined, costMax: undefined }),
    ];
    const totals = workTotals(lines, new Map([['b', { donated: true }]]));
    expect(totals).toEqual([
      { currency: 'AUD', min: 100, max: 300 },
      { currency: 'USD', min: 20, max: 40 },
    ]);
  });
});
