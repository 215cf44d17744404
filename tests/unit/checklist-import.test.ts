import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue, builtinChecklists } from '../../src/domain/builtin-checklists';
import {
  type Checklist,
  findChecklistVersion,
  formatErrors,
  latestChecklist,
  parseChecklist,
} from '../../src/domain/checklist';
import { readChecklistFile } from './checklist-fixtures';

const interventionIds = new Set(builtinCatalogue.entries.map((entry) => entry.id));
const context = { interventionIds, library: builtinChecklists };
const validateWithSchema = new Ajv2020({ allErrors: true }).compile(
  readChecklistFile('schema.json') as object,
);

/** A small, valid clinic checklist; tests break one thing at a time. */
function clinicFile() {
  return {
    id: 'clinic-bathroom',
    version: 1,
    title: 'Clinic bathroom screen',
    setting: 'home',
    ageGroup: 'adult',
    areas: [
      {
        id: 'bathroom',
        name: 'Bathroom',
        items: [
          {
            id: 'clinic.bath.shower-rail',
            prompt: 'Is there a rail the client can hold when stepping into the shower?',
            help: 'Test it for firmness.',
            answer: { type: 'yes-no', barrierWhen: 'no' },
            severity: { default: 'high', guidance: 'High for clients who have fallen.' },
            measurements: [
              {
                id: 'clinic.bath.shower-rail.height',
                label: 'Rail height',
                kind: 'length',
                thresholds: [
                  {
                    profile: 'ada-2010',
                    min: 838.2,
                    max: 914.4,
                    section: '609.4',
                    source: 'https://corada.com/documents/2010ADAStandards/609-4',
                    evidence: 'verified',
                  },
                ],
              },
            ],
            interventions: ['grab-bar-shower'],
            activities: ['bathing'],
          },
        ],
      },
    ],
  };
}

type ClinicFile = ReturnType<typeof clinicFile>;

function firstItem(file: ClinicFile) {
  const item = file.areas[0]?.items[0];
  if (item === undefined) throw new Error('fixture has no item');
  return item;
}

function errorsFor(change: (file: ClinicFile) => void) {
  const file = clinicFile();
  change(file);
  const result = parseChecklist(file, 'clinic-bathroom.json', context);
  return result.ok ? [] : result.errors;
}

describe("importing a clinic's own checklist", () => {
  it('accepts a well-formed file', () => {
    const result = parseChecklist(clinicFile(), 'clinic-bathroom.json', context);
    expect(result.ok).toBe(true);
  });

  it('names the file, item and field when the prompt is missing', () => {
    const errors = errorsFor((file) => {
      firstItem(file).prompt = '';
    });
    expect(errors).toEqual([
      {
        file: 'clinic-bathroom.json',
        itemId: 'clinic.bath.shower-rail',
        path: 'areas[0].items[0].prompt',
        message: '"prompt" must be filled in with text.',
      },
    ]);
  });

  it('reports a suggested intervention that is not in the catalogue', () => {
    const errors = errorsFor((file) => {
      firstItem(file).interventions = ['gold-plated-rail'];
    });
    expect(errors[0]?.message).toBe('"gold-plated-rail" is not in the intervention catalogue.');
  });

  it('reports a threshold with no source', () => {
    const errors = errorsFor((file) => {
      const threshold = firstItem(file).measurements[0]?.thresholds[0] as Record<string, unknown>;
      delete threshold.source;
    });
    expect(errors[0]).toMatchObject({
      itemId: 'clinic.bath.shower-rail',
      path: 'areas[0].items[0].measurements[0].thresholds[0].source',
    });
  });

  it('lists the allowed answers when barrierWhen is misspelt', () => {
    const errors = errorsFor((file) => {
      firstItem(file).answer = { type: 'yes-no', barrierWhen: 'nope' };
    });
    expect(errors[0]?.message).toBe('"barrierWhen" is "nope"; use one of: yes, no.');
  });

  it('reports an id that belongs to a built-in checklist', () => {
    const errors = errorsFor((file) => {
      firstItem(file).id = 'home.bath.grab-bar-toilet';
    });
    expect(errors[0]?.message).toContain('already belongs to checklist "adult-home"');
  });

  it('reports a slope limit that is not written as a ratio', () => {
    const errors = errorsFor((file) => {
      const measurement = firstItem(file).measurements[0] as Record<string, unknown>;
      measurement.kind = 'slope';
    });
    expect(errors.map((error) => error.message)).toContain(
      'A slope limit is written as a ratio such as "1:12".',
    );
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const errors = errorsFor((file) => {
      (firstItem(file) as Record<string, unknown>).promt = 'typo';
    });
    expect(errors[0]?.message).toContain('Unknown field "promt"');
  });

  it('explains a file that is not a checklist at all', () => {
    const result = parseChecklist([1, 2, 3], 'photo.json');
    expect(!result.ok && formatErrors(result.errors)).toBe(
      'photo.json (top level): Expected a checklist (a JSON object with named fields) here.',
    );
  });

  it.each([
    ['a missing version', (file: ClinicFile) => Reflect.deleteProperty(file, 'version')],
    ['an unknown setting', (file: ClinicFile) => Object.assign(file, { setting: 'hospital' })],
    ['an empty area', (file: ClinicFile) => Object.assign(file.areas[0] ?? {}, { items: [] })],
    [
      'an unknown activity',
      (file: ClinicFile) => Object.assign(firstItem(file), { activities: ['juggling'] }),
    ],
  ])('rejects %s, as the JSON Schema does', (_label, change) => {
    const file = clinicFile();
    change(file);
    expect(validateWithSchema(file)).toBe(false);
    expect(parseChecklist(file, 'clinic-bathroom.json', context).ok).toBe(false);
  });
});

describe('checklist versions', () => {
  const first = builtinChecklists[0] as Checklist;
  const newer: Checklist = { ...first, version: first.version + 1, title: 'Adult home (revised)' };
  const library = [first, newer];

  it('finds the exact version an old assessment was made with', () => {
    expect(findChecklistVersion(library, first.id, first.version)?.title).toBe(first.title);
  });

  it('starts new assessments on the newest version', () => {
    expect(latestChecklist(library, first.id)?.version).toBe(first.version + 1);
  });

  it('finds nothing for a version the library does not hold', () => {
    expect(findChecklistVersion(library, first.id, 99)).toBeUndefined();
  });
});
