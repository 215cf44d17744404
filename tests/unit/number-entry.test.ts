import { describe, expect, it } from 'vitest';
import {
  jobCost,
  measuredQuantity,
  readCost,
  readFieldNumber,
} from '../../src/domain/number-entry';

describe('readFieldNumber', () => {
  it('saves a rating from 1 to 10 and clears an emptied field', () => {
    expect(readFieldNumber('goal', 'performanceBaseline', '7')).toEqual({ ok: true, value: 7 });
    expect(readFieldNumber('goal', 'performanceBaseline', ' ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['11', '11 is not saved: a rating is a whole number from 1 to 10.'],
    ['0', '0 is not saved: a rating is a whole number from 1 to 10.'],
    ['7.5', '7.5 is not saved: a rating is a whole number from 1 to 10.'],
    ['-3', '-3 is not saved: a rating is a whole number from 1 to 10.'],
    ['seven', '“seven” is not saved: a rating is a whole number from 1 to 10.'],
    ['1e1', '“1e1” is not saved: a rating is a whole number from 1 to 10.'],
  ])('refuses the rating %s, saying why', (typed, message) => {
    expect(readFieldNumber('goal', 'performanceBaseline', typed, 'a rating')).toEqual({
      ok: false,
      message,
    });
  });

  it('refuses a negative count of falls and takes the limits from the registry', () => {
    const refused = readFieldNumber('client', 'fallsInLast12Months', '-1', 'the count');
    expect(refused).toEqual({
      ok: false,
      message: '-1 is not saved: the count is a whole number from 0 to 1000.',
    });
    expect(readFieldNumber('client', 'fallsInLast12Months', '2')).toEqual({ ok: true, value: 2 });
  });
});

describe('readCost', () => {
  it.each([
    ['150-300', 150, 300],
    ['150 - 300', 150, 300],
    ['$150 to $300', 150, 300],
    ['150–300 USD', 150, 300],
    ['AUD 1,200 to 2,500', 1200, 2500],
  ])('reads %s as a range from %d to %d', (typed, min, max) => {
    expect(readCost(typed)).toEqual({ ok: true, value: { kind: 'range', min, max } });
  });

  it('reads one amount, with a currency sign or thousands commas', () => {
    expect(readCost('$1,200')).toEqual({ ok: true, value: { kind: 'amount', amount: 1200 } });
    expect(readCost('49.50')).toEqual({ ok: true, value: { kind: 'amount', amount: 49.5 } });
    expect(readCost('')).toEqual({ ok: true, value: { kind: 'none' } });
  });

  it.each([['about fifty'], ['300-150'], ['12,34'], ['-40'], ['150300-']])(
    'refuses %s instead of saving other digits',
    (typed) => {
      expect(readCost(typed)).toMatchObject({
        ok: false,
        message: expect.stringContaining('not saved'),
      });
    },
  );
});

describe('per-unit prices', () => {
  it('asks for the length or area of a price per linear foot or per metre', () => {
    expect(measuredQuantity('per linear foot')).toBe('linear feet');
    expect(measuredQuantity('per metre')).toBe('metres');
    expect(measuredQuantity('per square metre')).toBe('square metres');
  });

  it('asks nothing of a price per item or installed', () => {
    expect(measuredQuantity('per door')).toBeUndefined();
    expect(measuredQuantity('each, installed')).toBeUndefined();
  });

  it('makes the job cost from the unit price and the quantity', () => {
    expect(jobCost({ min: 150, max: 200 }, 12)).toEqual({ min: 1800, max: 2400 });
  });
});
