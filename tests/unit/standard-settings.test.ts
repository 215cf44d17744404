// The organization's choice of standard, a visit's own, and what a checklist file may say about figures.
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/domain/checklist';
import { checkFieldValue } from '../../src/domain/field-values';
import {
  chosenProfile,
  standardProfileFields,
  standardProfileSettingId,
} from '../../src/domain/organization-settings';
import { judgingOf } from '../../src/domain/visit-judging';

describe('the organization setting', () => {
  it('is one record per organization, the same id on every admin device', () => {
    expect(standardProfileSettingId()).toBe(standardProfileSettingId());
  });

  it('reads back the profile an admin chose', () => {
    expect(chosenProfile(standardProfileFields('au'))).toBe('au');
  });

  it('ignores a deleted, personal or unknown choice', () => {
    expect(chosenProfile({ ...standardProfileFields('au'), deleted: true })).toBeUndefined();
    expect(chosenProfile({ ...standardProfileFields('au'), scope: 'user' })).toBeUndefined();
    expect(chosenProfile({ ...standardProfileFields('au'), value: 'mars' })).toBeUndefined();
  });
});

describe("a visit's standard", () => {
  it('is the one it records', () => {
    expect(judgingOf({ id: 'a', fields: { standard: 'uk' } })).toBe('uk');
  });

  it('is the pre-standards judging for a visit that records none, so it reads as it was judged', () => {
    expect(judgingOf({ id: 'a', fields: {} })).toBe('legacy');
    expect(judgingOf({ id: 'a', fields: { standard: 'nowhere' } })).toBe('legacy');
  });

  it('is a field the server accepts only with a known profile', () => {
    expect(checkFieldValue('assessment', 'standard', 'au')).toBeUndefined();
    expect(checkFieldValue('assessment', 'standard', 'mars')?.code).toBeDefined();
  });
});

function checklistWith(threshold: Record<string, unknown>) {
  return {
    id: 'clinic-door',
    version: 1,
    title: 'Clinic door',
    setting: 'home',
    ageGroup: 'adult',
    areas: [
      {
        id: 'door',
        name: 'Door',
        items: [
          {
            id: 'clinic.door.force',
            prompt: 'Is the door light to open?',
            help: 'Use a force gauge.',
            answer: { type: 'yes-no', barrierWhen: 'no' },
            severity: { default: 'medium', guidance: 'Higher if the client is frail.' },
            measurements: [
              {
                id: 'clinic.door.force.opening',
                label: 'Opening force',
                kind: 'force',
                thresholds: [
                  {
                    standard: 'ada-2010',
                    section: '404.2.9',
                    source: 'https://www.access-board.gov/ada/#ada-404',
                    evidence: 'verified',
                    ...threshold,
                  },
                ],
              },
            ],
            interventions: [],
            activities: ['getting-in-and-out'],
          },
        ],
      },
    ],
  };
}

describe('figures in a checklist file', () => {
  it('are read with the figure as printed', () => {
    const result = parseChecklist(
      checklistWith({ max: { value: 22.241108, printed: '5 lbf' } }),
      'door.json',
    );
    expect(result.ok).toBe(true);
  });

  it('are refused when the value does not match the printed figure (the inch factor on a force)', () => {
    const result = parseChecklist(
      checklistWith({ max: { value: 127, printed: '5 lbf' } }),
      'door.json',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toBe(
      'The value 127 does not match the printed "5 lbf" (22.241 in the base unit); fix the slip.',
    );
  });

  it('are refused when the printed figure names no unit', () => {
    const result = parseChecklist(
      checklistWith({ max: { value: 22.2, printed: '5' } }),
      'door.json',
    );
    expect(!result.ok && result.errors[0]?.message).toContain('is not a figure with a unit');
  });

  it('may say the standard sets none, but then give no figure', () => {
    expect(
      parseChecklist(checklistWith({ silent: true, note: 'Exterior doors.' }), 'a.json').ok,
    ).toBe(true);
    const both = parseChecklist(
      checklistWith({ silent: true, max: { value: 22.241108, printed: '5 lbf' } }),
      'b.json',
    );
    expect(both.ok).toBe(false);
  });

  it('read version 1 files, whose thresholds named a profile and gave bare numbers', () => {
    const result = parseChecklist(
      checklistWith({ standard: undefined, profile: 'ada-2010', max: 22.2 }),
      'old.json',
    );
    expect(result.ok).toBe(true);
  });
});
