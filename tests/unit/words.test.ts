import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS, type EntityName } from '../../src/domain/entities';
import {
  costWords,
  FIELDS_NEVER_SHOWN,
  fieldValueWords,
  hasFieldWords,
  OUTCOME_WORDS,
  readableCode,
  recommendationKind,
  storedCodes,
  visitKindWords,
} from '../../src/domain/words';

describe('the words of stored codes', () => {
  it('has words for every code of every coded field a person reads', () => {
    const missing: string[] = [];
    for (const [entity, fields] of Object.entries(ENTITY_FIELDS)) {
      for (const [field, spec] of Object.entries(fields)) {
        if (spec.kind !== 'enum' || FIELDS_NEVER_SHOWN.includes(`${entity}.${field}`)) continue;
        for (const code of spec.values) {
          if (!hasFieldWords(entity as EntityName, field, code))
            missing.push(`${entity}.${field}: ${code}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes the codes people saw raw in words', () => {
    expect(fieldValueWords('intervention', 'provider', 'occupational-therapist')).toBe(
      'Occupational therapist',
    );
    expect(fieldValueWords('intervention', 'provider', 'school-staff')).toBe(
      'School or education staff',
    );
    expect(fieldValueWords('finding', 'answer', 'na')).toBe('Not applicable');
    expect(visitKindWords('home', 'initial')).toBe('Home · Initial assessment');
  });

  it('makes a code no list knows readable rather than showing it raw', () => {
    expect(fieldValueWords('intervention', 'provider', 'mobile-mechanic')).toBe('Mobile mechanic');
    expect(readableCode('home.bath.tub-transfer')).toBe('Home bath tub transfer');
  });

  it('lists the stored codes from the registry, roles and devices included', () => {
    const codes = storedCodes();
    expect(codes).toEqual(
      expect.arrayContaining([
        'occupational-therapist',
        'handyperson',
        'na',
        'therapist',
        'walker',
      ]),
    );
  });
});

describe('costWords', () => {
  it('writes a cost one way: one amount, or from one to the other', () => {
    expect(costWords(40, 90, 'USD')).toBe('$40 to $90');
    expect(costWords(40, undefined, 'USD')).toBe('$40');
    expect(costWords(undefined, undefined, 'USD')).toBeUndefined();
  });
});

describe('outcome words by kind of recommendation', () => {
  it('asks whether advice was followed, not whether it was installed', () => {
    const advice = OUTCOME_WORDS[recommendationKind('education')];
    expect(Object.values(advice)).toEqual(['Followed', 'Tried, not kept up', 'Not followed']);
    expect(OUTCOME_WORDS[recommendationKind('home-modification')]['in-use']).toBe(
      'Installed and used',
    );
    expect(OUTCOME_WORDS[recommendationKind('referral')]['not-done']).toBe('Not seen yet');
    expect(OUTCOME_WORDS[recommendationKind('assistive-equipment')]['not-done']).toBe(
      'Not supplied',
    );
  });

  it('reads a recommendation with no group as a modification', () => {
    expect(recommendationKind(undefined)).toBe('modification');
  });
});
