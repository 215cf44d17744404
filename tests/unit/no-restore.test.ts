// Form controls the app renders are left out of the browser's saved session state.
import { h, options } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { keepFormStateOffDisk } from '../../src/app/ui/no-restore';

const before = options.vnode;
afterEach(() => {
  options.vnode = before;
});

const autocompleteOf = (type: string, props: Record<string, unknown> = {}) =>
  (h(type, props).props as { autocomplete?: string }).autocomplete;

describe('form state kept off disk', () => {
  it('turns autocomplete off on inputs, text areas and selects that say nothing', () => {
    keepFormStateOffDisk();
    expect(autocompleteOf('input', { value: 'Ada Quill' })).toBe('off');
    expect(autocompleteOf('textarea')).toBe('off');
    expect(autocompleteOf('select')).toBe('off');
  });

  it('keeps a purpose a field names, and leaves other elements alone', () => {
    keepFormStateOffDisk();
    expect(autocompleteOf('input', { autocomplete: 'username' })).toBe('username');
    expect(autocompleteOf('div')).toBeUndefined();
  });
});
