// The app lock's passphrase policy: what a thief with a copy of the tablet would guess is refused, in words.
import { describe, expect, it } from 'vitest';
import {
  MIN_PASSPHRASE_LENGTH,
  passphraseRefusal,
  pinRefusal,
} from '../../src/app/security/passphrase-policy';

const PERSON = { personalWords: ['Mary Okafor', 'mary.okafor@riverside-ot.example'] };

describe('the passphrase policy', () => {
  it('accepts three or four unrelated words', () => {
    for (const passphrase of ['kettle 4 lantern', 'Sunflower gravel otter', 'tram cactus vinegar'])
      expect(passphraseRefusal(passphrase, PERSON)).toBeUndefined();
  });

  it(`refuses fewer than ${MIN_PASSPHRASE_LENGTH} characters and says how many it has`, () => {
    const refusal = passphraseRefusal('blue kettle 7');
    expect(refusal?.code).toBe('too-short');
    expect(refusal?.message).toContain('Use at least 15 characters; this one has 13.');
    expect(refusal?.message).toContain('Three or four unrelated words');
  });

  it('refuses a PIN of digits alone, however long, and says why', () => {
    for (const pin of ['482913', '482913574206318']) {
      const refusal = passphraseRefusal(pin);
      expect(refusal?.code).toBe('digits-only');
      expect(refusal?.message).toContain('could try every PIN within days');
    }
  });

  it('refuses common passwords, also in leetspeak, and names the reason', () => {
    for (const passphrase of ['password password', 'P@ssw0rd P@ssw0rd!', 'iloveyou sunshine']) {
      const refusal = passphraseRefusal(passphrase);
      expect(refusal?.code).toBe('guessable');
      expect(refusal?.message).toContain('a common password or word');
    }
  });

  it('refuses sequences and keyboard walks', () => {
    for (const passphrase of ['abcdefghijklmnop', 'qwertyuiop asdfgh', '1qaz2wsx3edc4rfv']) {
      const refusal = passphraseRefusal(passphrase);
      expect(refusal?.code).toBe('guessable');
      expect(refusal?.message).toContain('a sequence or keyboard row');
    }
  });

  it('refuses repeated characters and repeated words', () => {
    expect(passphraseRefusal('aaaaaaaaaaaaaaaaaa')?.message).toContain('repeated characters');
    expect(passphraseRefusal('lantern lantern lantern')?.message).toContain('repeated');
  });

  it("refuses the app's name, the work's words and years", () => {
    const refusal = passphraseRefusal('HomeAssess 2024 therapy');
    expect(refusal?.message).toContain('the name of this app');
    expect(refusal?.message).toContain('a year');
  });

  it("refuses the person's own name and email", () => {
    const refusal = passphraseRefusal('mary okafor riverside', PERSON);
    expect(refusal?.code).toBe('guessable');
    expect(refusal?.message).toContain('your name or email');
    expect(passphraseRefusal('mary okafor riverside')).toBeUndefined();
  });

  it('says how many characters fall outside the guessable parts', () => {
    expect(passphraseRefusal('ilovemydog2019!!')?.message).toContain(
      'Only 8 of its characters are outside these; at least 10 need to be.',
    );
  });
});

describe('the PIN used with the device screen lock', () => {
  it('accepts 6 or more digits without a pattern', () => {
    expect(pinRefusal('482913')).toBeUndefined();
    expect(pinRefusal('70513986')).toBeUndefined();
  });

  it('refuses fewer than 6 digits, or anything but digits', () => {
    expect(pinRefusal('4829')?.message).toBe('Use a PIN of at least 6 digits, with digits only.');
    expect(pinRefusal('48a913')?.code).toBe('weak-pin');
  });

  it('refuses repeated and counting digits, and years', () => {
    for (const pin of ['111111', '123456', '987654', '19851985'])
      expect(pinRefusal(pin)?.message).toContain('This PIN is a pattern');
  });
});
