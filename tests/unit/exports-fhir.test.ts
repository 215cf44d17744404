// The FHIR R4 Bundle of an assessment: valid against the FHIR R4 JSON Schema, and mapped as
// research/ot-anchors.md §6.1 says (Questionnaire and response, Goal, Observation, CarePlan).
import { describe, expect, it } from 'vitest';
import { type AssessmentModel, collectAssessment } from '../../src/domain/exports/export-model';
import { buildFhirBundle, type FhirResource } from '../../src/domain/exports/fhir';
import { homeVisitRecords, idOf, lookupChecklist, sourceOf } from './exports-fixtures';
import { fhirValidator } from './support/fhir-schema';

const NOW = Date.UTC(2025, 5, 1, 12);

const validate = fhirValidator();

function visit(name = 'visit'): AssessmentModel {
  return collectAssessment(idOf(name), sourceOf(homeVisitRecords(name))) as AssessmentModel;
}

interface Entry {
  fullUrl: string;
  resource: FhirResource;
}

function entriesOf(bundle: FhirResource): Entry[] {
  return bundle.entry as Entry[];
}

function ofType(bundle: FhirResource, resourceType: string): FhirResource[] {
  return entriesOf(bundle)
    .map((entry) => entry.resource)
    .filter((resource) => resource.resourceType === resourceType);
}

/** Every `reference` anywhere inside a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [inner] : referencesIn(inner),
  );
}

describe('the FHIR R4 Bundle', () => {
  const bundle = buildFhirBundle([visit()], lookupChecklist, NOW);

  it('validates against the FHIR R4 JSON Schema', () => {
    const isValid = validate(bundle);
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('is checked for real: a request with an element FHIR R4 does not have fails', () => {
    const broken = structuredClone(bundle);
    const [request] = ofType(broken, 'DeviceRequest');
    if (request !== undefined) request.estimatedCost = 150;
    expect(validate(broken)).toBe(false);
  });

  it('is a collection whose references all point at its own urn:uuid entries', () => {
    expect(bundle.type).toBe('collection');
    const urls = new Set(entriesOf(bundle).map((entry) => entry.fullUrl));
    expect([...urls].every((url) => /^urn:uuid:[0-9a-f-]{36}$/.test(url))).toBe(true);
    const references = referencesIn(entriesOf(bundle).map((entry) => entry.resource));
    expect(references.length).toBeGreaterThan(10);
    expect(references.filter((reference) => !urls.has(reference))).toEqual([]);
  });

  it('holds the checklist as a Questionnaire whose item groups are linked by item id', () => {
    const [questionnaire] = ofType(bundle, 'Questionnaire');
    const areas = questionnaire?.item as { linkId: string; item: { linkId: string }[] }[];
    const entrance = areas.find((area) => area.linkId === 'area:entrance');
    expect(entrance?.item.map((item) => item.linkId)).toContain('home.entrance.door-width');
  });

  it('answers each room once, two bedrooms as two repeats of the bedroom group', () => {
    const [response] = ofType(bundle, 'QuestionnaireResponse');
    const rooms = ((response?.item ?? []) as { linkId: string; text: string }[]).slice(1);
    expect(rooms.map((room) => [room.linkId, room.text])).toEqual([
      ['area:entrance', 'Entrance'],
      ['area:bathroom-bath-shower', 'Bathroom'],
      ['area:bedroom', 'Bedroom 1'],
      ['area:bedroom', 'Bedroom 2'],
    ]);
    expect(JSON.stringify(response)).toContain(
      '"valueQuantity":{"value":711,"unit":"mm","system":"http://unitsofmeasure.org","code":"mm"}',
    );
  });

  it('names the standard and edition that judged the measurements, and each verdict', () => {
    const [response] = ofType(bundle, 'QuestionnaireResponse');
    const [judgedBy] = (response?.item ?? []) as {
      linkId: string;
      answer: { valueString: string }[];
    }[];
    expect(judgedBy?.linkId).toBe('judged-by');
    expect(judgedBy?.answer[0]?.valueString).toContain('ADA 2010');
    expect(JSON.stringify(response)).toContain(
      '"linkId":"home.entrance.door-width.clear-width#verdict","answer":[{"valueString":"fail: Clear width 711 mm is less than the 813 mm minimum (ADA 2010 §404.2.3).',
    );
  });

  it('makes a Goal of each goal and an Observation of each of its ratings', () => {
    expect(ofType(bundle, 'Goal').map((goal) => goal.description)).toEqual([
      { text: 'Shower without help' },
    ]);
    const ratings = ofType(bundle, 'Observation').map((observation) => observation.valueInteger);
    expect(ratings).toEqual([9, 3, 2]);
  });

  it('puts equipment in DeviceRequests and modifications and referrals in ServiceRequests', () => {
    const title = (resource: FhirResource) =>
      ((resource.code ?? resource.codeCodeableConcept) as { text: string }).text;
    expect(ofType(bundle, 'DeviceRequest').map(title)).toEqual(['Tub transfer bench']);
    expect(ofType(bundle, 'ServiceRequest').map(title)).toEqual([
      'Widen the entrance door, offset hinges',
      'Referral to physiotherapy for transfers',
    ]);
    const [carePlan] = ofType(bundle, 'CarePlan');
    expect(carePlan?.activity).toHaveLength(4);
  });

  it('does not name the licensed self-rating instrument', () => {
    expect(JSON.stringify(bundle)).not.toMatch(/COPM|Canadian Occupational/i);
  });

  it('holds a list of assessments with the shared Questionnaire and client once', () => {
    const both = buildFhirBundle([visit('first'), visit('second')], lookupChecklist, NOW);
    expect(validate(both)).toBe(true);
    expect(ofType(both, 'Questionnaire')).toHaveLength(1);
    expect(ofType(both, 'Patient')).toHaveLength(1);
    expect(ofType(both, 'QuestionnaireResponse')).toHaveLength(2);
  });
});
