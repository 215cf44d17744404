import { describe, expect, it } from 'vitest';
import { barrierStatement, plainFinding, withPronouns } from '../../src/domain/plain-statements';

const eleanor = { firstName: 'Eleanor', pronouns: 'she' as const };

describe('plainFinding', () => {
  it.each([
    [
      'Is there a firm grab bar or frame beside the toilet?',
      'no',
      'There is no firm grab bar or frame beside the toilet.',
    ],
    [
      'Are there rugs, cords or clutter on the floor around the bed?',
      'yes',
      'There are rugs, cords or clutter on the floor around the bed.',
    ],
    [
      'Can the client get up and down the entrance steps safely?',
      'no',
      'Eleanor cannot get up and down the entrance steps safely.',
    ],
    [
      'Is the door threshold low enough to walk or roll over without catching?',
      'no',
      'The door threshold is not low enough to walk or roll over without catching.',
    ],
    [
      'Does the client stand on a chair to reach high cupboards?',
      'yes',
      'Eleanor stands on a chair to reach high cupboards.',
    ],
    [
      'Can the client reach the things they use every day?',
      'no',
      'Eleanor cannot reach the things she uses every day.',
    ],
    [
      'Is there enough room beside the toilet for the client?',
      'no',
      'There is not enough room beside the toilet for Eleanor.',
    ],
  ] as const)('states "%s" as found', (prompt, barrierWhen, statement) => {
    expect(plainFinding({ prompt, barrierWhen }, eleanor)).toBe(statement);
  });

  it('keeps a question it cannot turn, and a choice item, as asked', () => {
    const twoQuestions = 'Does the client need to sit to wash, and is there a suitable seat?';
    expect(plainFinding({ prompt: twoQuestions, barrierWhen: 'no' }, eleanor)).toBe(
      'Does Eleanor need to sit to wash, and is there a suitable seat?',
    );
    expect(plainFinding({ prompt: 'Which floor covering?', barrierWhen: undefined }, eleanor)).toBe(
      'Which floor covering?',
    );
  });

  it("leaves 'their' alone where the question is not about the client", () => {
    const steps =
      'Are there firm rails on both sides of the entrance steps, along their full length?';
    expect(plainFinding({ prompt: steps, barrierWhen: 'no' }, eleanor)).toBe(
      'There are no firm rails on both sides of the entrance steps, along their full length.',
    );
  });
});

describe('withPronouns', () => {
  it("writes the client's own pronouns with verbs that agree", () => {
    expect(withPronouns('They carry their bag and they are tired.', 'he')).toBe(
      'He carries his bag and he is tired.',
    );
    expect(withPronouns('the things they use', 'they')).toBe('the things they use');
  });

  it('keeps a statement unchanged when the client is not mentioned', () => {
    expect(
      barrierStatement('Is their path clear?', 'no', { pronouns: 'she', isMentioned: false }),
    ).toBe('Is their path clear?');
  });
});
