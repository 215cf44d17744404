// The wire protocol's own helpers: how many UTF-8 bytes a patch takes, counted without an encoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../src/sync/protocol';

describe('utf8ByteLength', () => {
  it('counts what an encoder writes, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (odd, text) => {
        expect(utf8ByteLength(odd)).toBe(encoder.encode(odd).byteLength);
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).byteLength);
      }),
    );
  });

  it('counts a lone surrogate as the replacement character it becomes', () => {
    expect(utf8ByteLength('a\ud83d')).toBe(4);
    expect(utf8ByteLength('\udc00b')).toBe(4);
    expect(utf8ByteLength('😀')).toBe(4);
  });
});
