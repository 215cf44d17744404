// The lock screen's wait, said in words.
import { describe, expect, it } from 'vitest';
import { waitInWords } from '../../src/app/ui/lock/wait-words';

describe('the wait in words', () => {
  it('says seconds, minutes, or both, rounding a part of a second up', () => {
    expect(waitInWords(1_500)).toBe('2 seconds');
    expect(waitInWords(1_000)).toBe('1 second');
    expect(waitInWords(60_000)).toBe('1 minute');
    expect(waitInWords(128_000)).toBe('2 minutes 8 seconds');
    expect(waitInWords(15 * 60_000)).toBe('15 minutes');
    expect(waitInWords(0)).toBe('1 second');
  });
});
