import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/domain/checklist';
import {
  priorityForSeverity,
  providerForSetting,
  suggestedSeverity,
} from '../../src/domain/client-defaults';
import type { RecordView } from '../../src/domain/record-view';
import { item } from './support/visit-fixtures';

const FALL_GUIDANCE =
  'High for a client who has fallen in the past year, uses a walking aid or has hip or weight-bearing precautions; medium otherwise.';

function rugItem(): Item {
  return {
    ...item('home.bedroom.rugs', ['moving-about']),
    severity: { default: 'medium', guidance: FALL_GUIDANCE },
  };
}

const client = (fields: RecordView['fields']): RecordView => ({ id: 'c1', fields });

describe('suggestedSeverity', () => {
  it('raises a rug to high for a client with a fall, a rollator and hip precautions, saying why', () => {
    const eleanor = client({
      fallsInLast12Months: 1,
      mobilityDevice: 'rollator',
      precautions: ['Hip precautions (posterior approach)'],
    });
    expect(suggestedSeverity(rugItem(), eleanor)).toEqual({
      severity: 'high',
      reasons: ['1 fall in the past year', 'uses a rollator', 'hip or weight-bearing precautions'],
    });
  });

  it("keeps the item's default for a client with none of the guidance's risks", () => {
    const steady = client({ fallsInLast12Months: 0, mobilityDevice: 'none' });
    expect(suggestedSeverity(rugItem(), steady)).toEqual({ severity: 'medium', reasons: [] });
    expect(suggestedSeverity(rugItem(), undefined).severity).toBe('medium');
  });

  it('leaves an item whose guidance names no profile fact at its default', () => {
    const frail = client({ fallsInLast12Months: 3 });
    expect(suggestedSeverity(item('other', []), frail).severity).toBe('medium');
  });
});

describe('recommendation defaults', () => {
  it("starts a recommendation at its barrier's severity", () => {
    expect(priorityForSeverity('high')).toBe('high');
    expect(priorityForSeverity(undefined)).toBe('medium');
  });

  it('gives work the catalogue names for the employer to school staff at a school', () => {
    expect(providerForSetting(['employer', 'handyperson'], 'school')).toBe('school-staff');
    expect(providerForSetting(['employer'], 'school')).toBe('school-staff');
    expect(providerForSetting(['employer', 'school-staff'], 'workplace')).toBe('employer');
    expect(providerForSetting(['school-staff', 'family-or-carer'], 'home')).toBe('family-or-carer');
  });
});
