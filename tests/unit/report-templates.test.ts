// Report templates as data: the built-in ones are valid and whole, an imported one is refused with
// each problem named, includes resolve (never in a circle), and a report in progress lists what
// its template still needs.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_TEMPLATE_FILES,
  builtinReportTemplates,
} from '../../src/domain/builtin-report-templates';
import { formatValidationError } from '../../src/domain/json-reader';
import {
  parseReportTemplate,
  type ReportTemplate,
  resolveTemplate,
  SECTION_KINDS,
} from '../../src/domain/report-template';
import { type FactSources, missingInformation } from '../../src/domain/report-template-facts';

const schema = JSON.parse(
  readFileSync(new URL('../../report-templates/schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/** A small valid template, changed by `overrides`. */
function templateData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'clinic-bathroom',
    version: 1,
    title: 'Bathroom report',
    funder: 'Our clinic',
    region: 'any',
    units: 'reader',
    pageXOfY: true,
    letterhead: false,
    clinicalDetail: true,
    sections: [{ kind: 'client-and-visit', heading: 'Client' }],
    ...overrides,
  };
}

function parsed(data: Record<string, unknown>): ReportTemplate {
  const result = parseReportTemplate(data, 'test.json');
  if (!result.ok) throw new Error(result.errors.map(formatValidationError).join('\n'));
  return result.template;
}

function refusals(data: unknown): string[] {
  const result = parseReportTemplate(data, 'clinic.json');
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('the built-in templates', () => {
  it.each(BUILTIN_TEMPLATE_FILES.map((file) => [file.fileName, file.data]))(
    '%s matches schema.json and reads without a problem',
    (fileName, data) => {
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(refusals(data), fileName as string).toEqual([]);
    },
  );

  it('cover NDIS minor and complex, EnableNSW, the UK grant, the US table and a builder', () => {
    const funders = builtinReportTemplates().map((template) => template.region);
    expect(funders.filter((region) => region === 'AU')).toHaveLength(3);
    expect(funders).toEqual(expect.arrayContaining(['UK', 'US', 'any']));
  });

  it('print millimetres where the Australian and UK funders ask for them', () => {
    for (const template of builtinReportTemplates()) {
      if (template.region === 'AU' || template.region === 'UK') expect(template.units).toBe('mm');
    }
  });

  it('give a builder no clinical section', () => {
    const builder = builtinReportTemplates().find((template) => !template.clinicalDetail);
    const kinds = builder?.sections.map((section) => section.kind);
    expect(kinds).toContain('scope-of-works');
    expect(kinds).not.toEqual(expect.arrayContaining(['diagnosis']));
    expect(kinds).not.toContain('functional-findings');
  });

  it('name their funder and where its requirements are published', () => {
    for (const template of builtinReportTemplates().filter((each) => each.region !== 'any')) {
      expect(template.source).toMatch(/^https:\/\//);
    }
  });
});

describe('an imported template', () => {
  it('reads a valid file with every rule it states', () => {
    const template = parsed(
      templateData({ signatures: ['therapist', 'client'], requires: ['owner-consent'] }),
    );
    expect(template).toMatchObject({
      signatures: ['therapist', 'client'],
      requires: ['owner-consent'],
      include: [],
      sections: [{ kind: 'client-and-visit', heading: 'Client', paragraphs: [] }],
    });
  });

  it('is refused for a section that does not exist, naming the file, place and choices', () => {
    const [message] = refusals(templateData({ sections: [{ kind: 'horoscope', heading: 'X' }] }));
    expect(message).toContain('clinic.json (sections[0].kind)');
    expect(message).toContain(SECTION_KINDS.join(', '));
  });

  it('is refused for a requirement or field it does not know', () => {
    expect(refusals(templateData({ requires: ['blood-type'] }))).toEqual([
      expect.stringContaining('clinic.json (requires[0]): "blood-type" is not one of'),
    ]);
    expect(refusals(templateData({ colour: 'blue' }))).toEqual([
      expect.stringContaining('Unknown field "colour"'),
    ]);
  });

  it('is refused for markup in its wording', () => {
    const sections = [
      { kind: 'text', heading: 'Note', paragraphs: ['<img src=x onerror=alert(1)>'] },
      { kind: 'costs', heading: 'Costs &amp; totals' },
    ];
    expect(refusals(templateData({ sections }))).toEqual([
      expect.stringContaining('(sections[0].paragraphs[0]): Holds markup'),
      expect.stringContaining('(sections[1].heading): Holds markup'),
    ]);
  });

  it('is refused for wording over its limit, and for a text section without text', () => {
    const sections = [
      { kind: 'text', heading: 'Long', paragraphs: ['x'.repeat(2001)] },
      { kind: 'text', heading: 'Empty' },
    ];
    expect(refusals(templateData({ sections }))).toEqual([
      expect.stringContaining('Is 2001 characters; keep it to 2000.'),
      expect.stringContaining('"paragraphs" must be a list'),
    ]);
  });

  it('is refused for a clinical section in a template that leaves clinical detail out', () => {
    const data = templateData({
      clinicalDetail: false,
      sections: [{ kind: 'diagnosis', heading: 'Diagnosis' }],
    });
    expect(refusals(data)).toEqual([expect.stringContaining('carries clinical detail')]);
  });

  it('is refused when it includes itself', () => {
    expect(refusals(templateData({ include: ['clinic-bathroom'] }))).toEqual([
      expect.stringContaining('includes itself'),
    ]);
  });

  it('is refused when it is not an object at all', () => {
    expect(refusals([1, 2])).toEqual([expect.stringContaining('Expected a report template')]);
  });
});

describe('included templates', () => {
  const library = (templates: ReportTemplate[]) =>
    new Map(templates.map((template) => [template.id, template]));

  it('append their sections once, in order, with their requirements and signatures', () => {
    const scope = parsed(
      templateData({
        id: 'scope',
        sections: [{ kind: 'scope-of-works', heading: 'Works' }],
        requires: ['task-location'],
        signatures: ['owner'],
      }),
    );
    const main = parsed(templateData({ include: ['scope'], requires: ['consent'] }));
    const resolved = resolveTemplate(main, library([main, scope]));
    expect(resolved).toMatchObject({
      ok: true,
      template: {
        sections: [{ kind: 'client-and-visit' }, { kind: 'scope-of-works' }],
        requires: ['consent', 'task-location'],
        signatures: ['owner'],
      },
    });
  });

  it('are refused in a circle, naming it', () => {
    const first = parsed(templateData({ id: 'first', include: ['second'] }));
    const second = parsed(templateData({ id: 'second', include: ['first'] }));
    expect(resolveTemplate(first, library([first, second]))).toEqual({
      ok: false,
      message: '"first" includes itself through first → second → first.',
    });
  });

  it('are refused when unknown, or clinical under a builder template', () => {
    const main = parsed(templateData({ include: ['nowhere'] }));
    expect(resolveTemplate(main, library([main]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('"nowhere", which is not a known template'),
    });
    const builder = parsed(templateData({ id: 'builder', clinicalDetail: false, include: ['x'] }));
    const clinical = parsed(templateData({ id: 'x' }));
    expect(resolveTemplate(builder, library([builder, clinical]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('leaves out clinical detail'),
    });
  });
});

describe('what a report still needs', () => {
  const sources = (overrides: Partial<FactSources> = {}): FactSources => ({
    client: { name: 'Eleanor Price', homeOwnership: 'private-rental' },
    assessment: { consentRecorded: true, status: 'complete' },
    goals: [],
    interventions: [],
    ...overrides,
  });

  it("lists the owner's consent for a rented home, and nothing for a home the client owns", () => {
    expect(missingInformation(['owner-consent'], sources())).toEqual([
      { fact: 'owner-consent', words: "Owner's consent not recorded", place: 'visit' },
    ]);
    const owned = sources({ client: { homeOwnership: 'owner-occupier' } });
    expect(missingInformation(['owner-consent'], owned)).toEqual([]);
  });

  it('lists each recommendation that lacks what the funder asks, with the record to open', () => {
    const interventions = [
      { id: 'rail-1', fields: { title: 'Grab rail beside toilet', location: 'Left wall' } },
      { id: 'seat-1', fields: { title: 'Shower chair', frequencyOfUse: 'daily' } },
    ];
    const missing = missingInformation(
      ['frequency-of-use', 'rail-dimensions', 'task-location'],
      sources({ interventions }),
    );
    expect(missing).toEqual([
      {
        fact: 'frequency-of-use',
        words: 'Grab rail beside toilet: how often it will be used',
        place: 'recommendation',
        recordId: 'rail-1',
        field: 'frequencyOfUse',
      },
      expect.objectContaining({
        words: 'Grab rail beside toilet: rail length and height from the finished floor',
      }),
      expect.objectContaining({ words: 'Shower chair: where it goes in the room' }),
    ]);
  });

  it('asks a task under way for its start date and a finished one for its completion date', () => {
    const interventions = [
      { id: 'a', fields: { title: 'Ramp', status: 'ordered' } },
      { id: 'b', fields: { title: 'Rail', status: 'installed', startDate: '2026-03-01' } },
      { id: 'c', fields: { title: 'Lever taps', status: 'recommended' } },
    ];
    expect(
      missingInformation(['task-dates'], sources({ interventions })).map((each) => each.words),
    ).toEqual(['Ramp: start date', 'Rail: completion date']);
  });

  it('lists nothing once everything is recorded', () => {
    const complete = sources({
      client: {
        dateOfBirth: '1941-05-02',
        conditions: ['Hip replacement'],
        fundingScheme: 'ndis',
        fundingReference: '431 234 567',
        homeOwnership: 'owner-occupier',
      },
      assessment: {
        consentRecorded: true,
        status: 'signed',
        constructionFrame: 'timber',
        constructionWalls: 'brick-veneer',
        constructionFloors: 'concrete-slab',
        priorModifications: 'None',
        whsIssues: 'None',
      },
      goals: [{ activity: 'Shower on her own' }],
    });
    const every = builtinReportTemplates().flatMap((template) => template.requires);
    expect(missingInformation([...new Set(every)], complete)).toEqual([]);
  });
});
