// The report's words: plain priorities, who does the work, prompts addressed by name, money, dates.
import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatCostRange,
  personalPrompt,
  priorityWords,
  whoWords,
} from '../../src/domain/report-wording';

describe('plain wording', () => {
  it('turns severity into what to do when', () => {
    expect(priorityWords('high', 'plain')).toBe('Do this first');
    expect(priorityWords('low', 'plain')).toBe('Can wait');
    expect(priorityWords(undefined, 'plain')).toBe('To be decided');
    expect(priorityWords('high', 'clinical')).toBe('High');
  });

  it('names who does the work, preferring the name the therapist wrote', () => {
    expect(whoWords('Ace Builders', 'licensed-contractor', 'plain')).toBe('Ace Builders');
    expect(whoWords(undefined, 'licensed-contractor', 'plain')).toBe(
      'A licensed builder or tradesperson',
    );
    expect(whoWords('', 'licensed-contractor', 'clinical')).toBe('Licensed contractor');
    expect(whoWords(undefined, undefined, 'plain')).toBeUndefined();
  });

  it('asks about the person by name instead of "the client"', () => {
    expect(personalPrompt('Can the client open, close and lock the door?', 'Mary')).toBe(
      'Can Mary open, close and lock the door?',
    );
    expect(
      personalPrompt("Is the bed at a height where the client's feet rest flat?", 'Mary'),
    ).toBe("Is the bed at a height where Mary's feet rest flat?");
    expect(personalPrompt('Can the child reach the basin?', 'Leo')).toBe(
      'Can Leo reach the basin?',
    );
    expect(personalPrompt('Can the client reach the taps?', undefined)).toBe(
      'Can the client reach the taps?',
    );
  });
});

describe('figures', () => {
  it('writes a cost range, or one figure when both ends agree', () => {
    const options = { locale: 'en-US' };
    expect(formatCostRange({ currency: 'USD', min: 150, max: 1200 }, options)).toBe(
      '$150 to $1,200',
    );
    expect(formatCostRange({ currency: 'USD', min: 90, max: 90 }, options)).toBe('$90');
  });

  it('writes a stored date the same in every time zone', () => {
    expect(formatCalendarDate('2025-01-06', { locale: 'en-GB' })).toBe('6 January 2025');
  });
});
