// What a passphrase or PIN for the app lock must be: long enough, and not built from what guessers try first.
import { COMMON_PASSWORDS, CONTEXT_WORDS } from './common-passwords';

/**
 * NIST SP 800-63B rev. 4 (2025), 3.1.1.2: a password used as a single factor is at least 15
 * characters. The passphrase is the only thing between a copy of the tablet's storage and the
 * records, and guessing against a copy has no rate limit, so the single-factor figure applies.
 */
export const MIN_PASSPHRASE_LENGTH = 15;
/** Of those, this many must be outside common words, sequences, repeats, years and names. */
export const MIN_UNGUESSABLE_CHARACTERS = 10;
/**
 * A PIN only activates the device's own key (NIST SP 800-63B rev. 4 calls it an activation
 * secret): a copy of the storage cannot be guessed through it, so it is short, like a phone's.
 */
export const MIN_PIN_LENGTH = 6;
/** Long enough for any passphrase a person types; the checks below are quadratic in it. */
const MAX_CHECKED_LENGTH = 128;

export type PassphraseRefusalCode = 'too-short' | 'digits-only' | 'guessable' | 'weak-pin';

/** Why a passphrase or PIN is refused, and what would pass, in words. */
export interface PassphraseRefusal {
  code: PassphraseRefusalCode;
  message: string;
}

/** What the person and the organization are called: a thief tries these first. */
export interface PassphraseContext {
  personalWords?: readonly string[];
}

type Finding = 'common' | 'sequence' | 'repeat' | 'year' | 'personal' | 'app';

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
];
const SEQUENCE_TEXT = [...SEQUENCES, ...SEQUENCES.map((line) => [...line].reverse().join(''))];
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const IS_SEPARATOR = /[\s\-_.,;:'"]/;

/** The words from a name or an email worth blocking: 3 letters or more, lower case. */
function wordsOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
}

/** Marks every occurrence of each word in `text`, and in its leetspeak reading. */
function markWords(
  text: string,
  words: readonly string[],
  finding: Finding,
  marks: (Finding | undefined)[],
) {
  const readings = [text, [...text].map((character) => LEET[character] ?? character).join('')];
  for (const reading of readings) {
    for (const word of words) {
      if (word.length < 3) continue;
      for (let at = reading.indexOf(word); at >= 0; at = reading.indexOf(word, at + 1))
        for (let index = at; index < at + word.length; index += 1) marks[index] ??= finding;
    }
  }
}

/** Marks runs of 3 or more: alphabet, digits or keyboard either way, or one character repeated. */
function markRuns(text: string, marks: (Finding | undefined)[]) {
  for (let at = 0; at + 3 <= text.length; at += 1) {
    const window = text.slice(at, at + 3);
    const isRepeat = window[0] === window[1] && window[1] === window[2];
    const isSequence = SEQUENCE_TEXT.some((line) => line.includes(window));
    if (!isRepeat && !isSequence) continue;
    for (let index = at; index < at + 3; index += 1)
      marks[index] ??= isRepeat ? 'repeat' : 'sequence';
  }
}

/** Marks a part of 3 or more characters that already came earlier ("kettlekettle"), and years. */
function markEchoesAndYears(text: string, marks: (Finding | undefined)[]) {
  for (let at = 1; at < text.length; at += 1) {
    for (let length = Math.min(text.length - at, at); length >= 3; length -= 1) {
      if (!text.slice(0, at).includes(text.slice(at, at + length))) continue;
      for (let index = at; index < at + length; index += 1) marks[index] ??= 'repeat';
      at += length - 1;
      break;
    }
  }
  for (const match of text.matchAll(/(?:19|20)\d\d/g))
    for (let index = match.index; index < match.index + 4; index += 1) marks[index] ??= 'year';
}

const FINDING_WORDS: Record<Finding, string> = {
  common: 'a common password or word',
  sequence: 'a sequence or keyboard row (like "abc", "123" or "qwerty")',
  repeat: 'repeated characters or parts',
  year: 'a year',
  personal: 'your name or email',
  app: 'the name of this app or of the work it is for',
};

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Characters not explained by a finding, and the findings met, for `text` in lower case. */
function analyse(text: string, context: PassphraseContext) {
  const marks: (Finding | undefined)[] = Array.from({ length: text.length }, () => undefined);
  markWords(text, wordsOf(context.personalWords ?? []), 'personal', marks);
  markWords(text, CONTEXT_WORDS, 'app', marks);
  markRuns(text, marks);
  markWords(
    text,
    COMMON_PASSWORDS.filter((word) => word.length >= 4),
    'common',
    marks,
  );
  markEchoesAndYears(text, marks);
  let unguessable = 0;
  for (let index = 0; index < text.length; index += 1)
    if (marks[index] === undefined && !IS_SEPARATOR.test(text.charAt(index))) unguessable += 1;
  const findings = [...new Set(marks.filter((mark) => mark !== undefined))];
  return { unguessable, findings };
}

const WHAT_PASSES =
  'Three or four unrelated words that have nothing to do with you or your work, with spaces between them, pass and are easy to type.';

/** Refuses a passphrase a thief with a copy of the device's storage could guess; else undefined. */
export function passphraseRefusal(
  passphrase: string,
  context: PassphraseContext = {},
): PassphraseRefusal | undefined {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  if (/^\d+$/.test(text))
    return {
      code: 'digits-only',
      message: `A PIN alone is not allowed: someone with a copy of this tablet's storage could try every PIN within days. Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. ${WHAT_PASSES}`,
    };
  if (length < MIN_PASSPHRASE_LENGTH)
    return {
      code: 'too-short',
      message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters; this one has ${length}. ${WHAT_PASSES}`,
    };
  const { unguessable, findings } = analyse(
    text.toLowerCase().slice(0, MAX_CHECKED_LENGTH),
    context,
  );
  if (unguessable >= MIN_UNGUESSABLE_CHARACTERS) return undefined;
  const made = listInWords(findings.map((finding) => FINDING_WORDS[finding]));
  const outside =
    unguessable === 1 ? 'Only 1 of its characters is' : `Only ${unguessable} of its characters are`;
  return {
    code: 'guessable',
    message: `This passphrase is easy to guess: it is mostly ${made}, which guessers try first. ${outside} outside these; at least ${MIN_UNGUESSABLE_CHARACTERS} need to be. ${WHAT_PASSES}`,
  };
}

/** Refuses a PIN for use with the device's screen lock: too short, not digits, or a pattern. */
export function pinRefusal(pin: string): PassphraseRefusal | undefined {
  if (!/^\d+$/.test(pin) || pin.length < MIN_PIN_LENGTH)
    return {
      code: 'weak-pin',
      message: `Use a PIN of at least ${MIN_PIN_LENGTH} digits, with digits only.`,
    };
  const { unguessable } = analyse(pin, {});
  if (new Set(pin).size >= 3 && unguessable >= 2) return undefined;
  return {
    code: 'weak-pin',
    message:
      'This PIN is a pattern (repeated or counting digits, or a year) that is tried first. Choose digits without a pattern.',
  };
}
