// An export sealed with a passphrase: unreadable without it, opened with it, refused when changed.
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../src/app/security/key-vault';
import {
  DamagedFileError,
  isSealedText,
  openSealedText,
  sealText,
} from '../../src/app/security/sealed-file';

const EXPORT = JSON.stringify({
  records: [{ name: 'Secret Client Zebra', notes: 'Falls at night' }],
});
const ITERATIONS = 1_000;

describe('a sealed export file', () => {
  it('holds nothing readable and opens with the passphrase', async () => {
    const sealed = await sealText(EXPORT, 'river stone 42', ITERATIONS);
    expect(sealed).not.toContain('Secret Client Zebra');
    expect(sealed).not.toContain('Falls at night');
    expect(isSealedText(sealed)).toBe(true);
    expect(isSealedText(EXPORT)).toBe(false);
    expect(await openSealedText(sealed, 'river stone 42')).toBe(EXPORT);
  });

  it('refuses a wrong passphrase and a file changed after sealing', async () => {
    const sealed = await sealText(EXPORT, 'river stone 42', ITERATIONS);
    await expect(openSealedText(sealed, 'river stone 43')).rejects.toThrow(WrongPassphraseError);
    const parsed = JSON.parse(sealed) as { data: string };
    const flipped = `${parsed.data.startsWith('A') ? 'B' : 'A'}${parsed.data.slice(1)}`;
    const changed = JSON.stringify({ ...parsed, data: flipped });
    await expect(openSealedText(changed, 'river stone 42')).rejects.toThrow(WrongPassphraseError);
  });

  it('says a truncated file is damaged', async () => {
    const sealed = JSON.parse(await sealText(EXPORT, 'river stone 42', ITERATIONS)) as object;
    const { iv: _dropped, ...truncated } = sealed as { iv: string };
    await expect(openSealedText(JSON.stringify(truncated), 'river stone 42')).rejects.toThrow(
      DamagedFileError,
    );
  });
});
