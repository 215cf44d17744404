// The organization's letterhead setting: saved trimmed, read back only from a live organization
// record with a name, and refused with the reason when it has no name or a line is too long.
import { describe, expect, it } from 'vitest';
import {
  LETTERHEAD_LINE_MAX_LENGTH,
  letterheadFields,
  letterheadOf,
  letterheadProblem,
} from '../../src/domain/organization-settings';

const riverside = {
  name: ' Riverside Community OT ',
  address: '12 Mill Lane',
  phone: '',
  email: 'ot@riverside.example',
};

describe('the letterhead', () => {
  it('reads back as saved, trimmed', () => {
    expect(letterheadOf(letterheadFields(riverside))).toEqual({
      name: 'Riverside Community OT',
      address: '12 Mill Lane',
      phone: '',
      email: 'ot@riverside.example',
    });
  });

  it('is none for a deleted, user-scoped, nameless or damaged record', () => {
    const fields = letterheadFields(riverside);
    expect(letterheadOf({ ...fields, deleted: true })).toBeUndefined();
    expect(letterheadOf({ ...fields, scope: 'user' })).toBeUndefined();
    expect(letterheadOf({ ...fields, value: { name: ' ' } })).toBeUndefined();
    expect(letterheadOf({ ...fields, value: 'Riverside' })).toBeUndefined();
    expect(letterheadOf(undefined)).toBeUndefined();
  });

  it('is refused without a name or with a line over the limit, saying which', () => {
    expect(letterheadProblem({ ...riverside, name: '  ' })).toBe('Write the organization’s name.');
    expect(
      letterheadProblem({ ...riverside, address: 'x'.repeat(LETTERHEAD_LINE_MAX_LENGTH + 1) }),
    ).toBe(`Keep the address to ${LETTERHEAD_LINE_MAX_LENGTH} characters.`);
    expect(letterheadProblem(riverside)).toBeUndefined();
  });
});
