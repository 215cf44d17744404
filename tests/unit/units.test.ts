import { describe, expect, it } from 'vitest';
import { formatQuantity, parseSlope } from '../../src/domain/quantities';
import { formatLength, inchesToMm, mmToInches, parseLength } from '../../src/domain/units';

describe('converting lengths', () => {
  it('converts 32 inches to 812.8 mm and back', () => {
    expect(inchesToMm(32)).toBeCloseTo(812.8, 6);
    expect(mmToInches(812.8)).toBeCloseTo(32, 6);
  });
});

describe('showing lengths', () => {
  it.each([
    [812.8, '32"'],
    [813, '32"'],
    [19, '3/4"'],
    [12.7, '1/2"'],
    [31.75, '1 1/4"'],
    [825.5, '32 1/2"'],
    [1524, '60"'],
    [2032, `6' 8"`],
    [9144, `30' 0"`],
  ])('shows %s mm as %s in imperial', (lengthMm, shown) => {
    expect(formatLength(lengthMm, 'imperial')).toBe(shown);
  });

  it.each([
    [812.8, '813 mm'],
    [12.7, '12.7 mm'],
    [850, '850 mm'],
    [9144, '9.14 m'],
  ])('shows %s mm as %s in metric', (lengthMm, shown) => {
    expect(formatLength(lengthMm, 'metric')).toBe(shown);
  });

  it('rounds to the nearest eighth of an inch, as a tape measure reads', () => {
    expect(formatLength(inchesToMm(32.06), 'imperial')).toBe('32"');
    expect(formatLength(inchesToMm(32.07), 'imperial')).toBe('32 1/8"');
  });
});

describe('reading typed lengths', () => {
  it.each([
    ['32', 812.8],
    ['32 1/2', 825.5],
    ['32.5', 825.5],
    [`2' 8"`, 812.8],
    ['2 ft 8 in', 812.8],
    ['3/4', 19.05],
    ['813 mm', 813],
  ])('reads "%s" typed in imperial as %s mm', (text, lengthMm) => {
    const result = parseLength(text, 'imperial');
    expect(result.ok && result.value).toBeCloseTo(lengthMm, 6);
  });

  it.each([
    ['813', 813],
    ['81.3 cm', 813],
    ['0.9 m', 900],
    ['32"', 812.8],
  ])('reads "%s" typed in metric as %s mm', (text, lengthMm) => {
    const result = parseLength(text, 'metric');
    expect(result.ok && result.value).toBeCloseTo(lengthMm, 6);
  });

  it.each(['abc', '12 apples', '-5', '1/0', '3..2'])(
    'explains that "%s" is not a length',
    (text) => {
      const result = parseLength(text, 'imperial');
      expect(result).toEqual({ ok: false, message: expect.stringContaining(`"${text}"`) });
    },
  );

  it('asks for a value when the field is empty', () => {
    expect(parseLength('  ', 'metric')).toEqual({ ok: false, message: 'Enter a length.' });
  });
});

describe('other measurement kinds', () => {
  it('reads a slope written 1:12, 1 in 12 or as a percentage', () => {
    for (const text of ['1:12', '1 in 12', '8.3333333%']) {
      const result = parseSlope(text);
      expect(result.ok && result.value).toBeCloseTo(1 / 12, 6);
    }
  });

  it('shows a slope as a ratio with its gradient', () => {
    expect(formatQuantity('slope', 0.1, 'metric')).toBe('1:10 (10%)');
  });

  it('shows a door-opening force in pounds-force for imperial users', () => {
    expect(formatQuantity('force', 22.24, 'imperial')).toBe('5 lbf');
  });

  it('shows water temperature in °F for imperial users', () => {
    expect(formatQuantity('temperature', 48.9, 'imperial')).toBe('120 °F');
  });
});
