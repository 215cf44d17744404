// The coded parts of the FHIR R4 Bundle: goals scaled as PCO GAS Goals with their LOINC score
// Observations, ICF environmental factors and qualifiers on the checklist, an Observation per
// measure, photos as DocumentReference, comments and the sign-off as Provenance. The schema checks
// the shape; these tests check the profile rules it cannot express.
import { describe, expect, it } from 'vitest';
import {
  type AssessmentModel,
  collectAssessment,
  type ExportRecord,
} from '../../src/domain/exports/export-model';
import { buildFhirBundle, type FhirResource } from '../../src/domain/exports/fhir';
import { ICF_QUALIFIER_SYSTEM } from '../../src/domain/exports/fhir-icf';
import {
  LOINC_SYSTEM,
  PCO_GAS_GOAL_PROFILE,
  PCO_GAS_SCALING_EXTENSION,
} from '../../src/domain/exports/fhir-outcomes';
import { ICF_SYSTEM } from '../../src/domain/icf';
import {
  homeVisitRecords,
  idOf,
  lookupChecklist,
  PHOTO_SHA256,
  sourceOf,
} from './exports-fixtures';
import { fhirValidator } from './support/fhir-schema';

const NOW = Date.UTC(2026, 5, 2, 12);
const validate = fhirValidator();

/** The fixture visit, signed, with a scaled goal rated by the client, falls, FES-I and TUG. */
function scaledVisit(): AssessmentModel {
  const records = homeVisitRecords().map((record): ExportRecord => {
    if (record.entity === 'goal') {
      return {
        ...record,
        fields: {
          ...record.fields,
          gasMinus2: 'Needs two people to shower',
          gasMinus1: 'Showers with one helper',
          gasExpected: 'Showers seated with the rail, alone',
          gasPlus1: 'Showers standing with the rail',
          gasPlus2: 'Showers standing without the rail',
          gasBaselineLevel: -1,
          gasLevel: 1,
          gasRatedBy: 'client',
        },
      };
    }
    if (record.entity !== 'assessment') return record;
    return {
      ...record,
      fields: {
        ...record.fields,
        status: 'signed',
        signedBy: 'user-rita',
        signedByName: 'Rita Reviewer',
        signedAt: Date.UTC(2025, 2, 6),
        fallsSinceLastVisit: 2,
        fallsWithInjury: 1,
        ...Object.fromEntries(
          [2, 3, 1, 4, 2, 2, 1].map((answer, index) => [`fesI${index + 1}`, answer]),
        ),
        fesTotal: 15,
        tugSeconds: 15.2,
        tugAid: 'walker',
      },
    };
  });
  return collectAssessment(idOf('visit'), sourceOf(records)) as AssessmentModel;
}

const bundle = buildFhirBundle([scaledVisit()], lookupChecklist, NOW);
const resources = (bundle.entry as { fullUrl: string; resource: FhirResource }[]).map(
  (entry) => entry.resource,
);
const ofType = (type: string) => resources.filter((resource) => resource.resourceType === type);
const only = (type: string): FhirResource => {
  const [resource] = ofType(type);
  if (resource === undefined) throw new Error(`The Bundle has no ${type}.`);
  return resource;
};
const codesOf = (resource: FhirResource) =>
  ((resource.code as { coding: { system: string; code: string }[] }).coding ?? []).map(
    (coding) => `${coding.system}|${coding.code}`,
  );

describe('the coded FHIR R4 Bundle', () => {
  it('validates against the FHIR R4 JSON Schema', () => {
    const isValid = validate(bundle);
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('makes a scaled goal a PCO GAS Goal with its five levels coded from LOINC list LL6900-6', () => {
    const goal = only('Goal');
    expect((goal.meta as { profile: string[] }).profile).toEqual([PCO_GAS_GOAL_PROFILE]);
    const levels = (
      goal.extension as {
        url: string;
        extension: { url: string; valueCoding?: { code: string }; valueString?: string }[];
      }[]
    )
      .filter((extension) => extension.url === PCO_GAS_SCALING_EXTENSION)
      .map((extension) => [
        extension.extension.find((part) => part.url === 'level')?.valueCoding?.code,
        extension.extension.find((part) => part.url === 'text')?.valueString,
      ]);
    expect(levels).toEqual([
      ['LA34479-8', 'Showers standing without the rail'],
      ['LA34480-6', 'Showers standing with the rail'],
      ['LA34481-4', 'Showers seated with the rail, alone'],
      ['LA34483-0', 'Showers with one helper'],
      ['LA34484-8', 'Needs two people to shower'],
    ]);
    expect(goal.target).toEqual([
      {
        measure: {
          coding: [
            { system: LOINC_SYSTEM, code: '107332-9', display: 'Goal attainment scale - Reported' },
          ],
        },
      },
    ]);
    expect(goal.startDate).toBe('2025-03-04');
    expect(JSON.stringify(goal.achievementStatus)).toContain('"achieved"');
  });

  it('scores the goal at baseline and by the client at follow-up, each about the goal', () => {
    const goal = only('Goal');
    const scores = ofType('Observation').filter(
      (observation) =>
        observation.focus !== undefined &&
        codesOf(observation).some((code) => code.startsWith(LOINC_SYSTEM)),
    );
    expect(
      scores.map((score) => [
        codesOf(score)[0],
        (score.valueCodeableConcept as { coding: { code: string }[] }).coding[0]?.code,
      ]),
    ).toEqual([
      [`${LOINC_SYSTEM}|107332-9`, 'LA34483-0'],
      [`${LOINC_SYSTEM}|107334-5`, 'LA34480-6'],
    ]);
    for (const score of scores) {
      expect(score.focus).toEqual([{ reference: `urn:uuid:${goal.id}` }]);
      expect(score.effectiveDateTime).toBe('2025-03-04');
    }
  });

  it('has an Observation per measure: GAS T-score, falls, Short FES-I with its items, TUG in seconds', () => {
    const byCode = (code: string) =>
      ofType('Observation').find((observation) =>
        codesOf(observation).some((coding) => coding.endsWith(`|${code}`)),
      );
    // The one scaled goal at -1, weight 9: T = 50 + 10·(-9)/√(0.7·81 + 0.3·81) = 40
    expect(byCode('gas-t-score')?.valueQuantity).toEqual({ value: 40 });
    expect(byCode('falls-since-last-visit')?.valueInteger).toBe(2);
    expect(byCode('falls-with-injury')?.valueInteger).toBe(1);
    expect(byCode('short-fes-i')?.valueInteger).toBe(15);
    expect((byCode('short-fes-i')?.component as unknown[] | undefined)?.length).toBe(7);
    expect(byCode('timed-up-and-go')?.valueQuantity).toEqual({
      value: 15.2,
      unit: 's',
      system: 'http://unitsofmeasure.org',
      code: 's',
    });
  });

  it('codes every checklist item with an ICF environmental factor, and each finding with its barrier qualifier', () => {
    const questionnaire = only('Questionnaire');
    const items = (
      questionnaire.item as { item?: { code?: { system: string; code: string }[] }[] }[]
    ).flatMap((area) => area.item ?? []);
    expect(items.length).toBeGreaterThan(10);
    expect(
      items.every((item) => item.code?.[0]?.system === ICF_SYSTEM && item.code[0].code === 'e155'),
    ).toBe(true);
    const [response] = ofType('QuestionnaireResponse');
    const text = JSON.stringify(response);
    // The fixture's barriers are high, medium and low: severe, moderate and mild.
    for (const code of ['3', '2', '1'])
      expect(text).toContain(`{"system":"${ICF_QUALIFIER_SYSTEM}","code":"${code}"`);
  });

  it('gives the photo as a DocumentReference the server answers, or with its bytes', () => {
    const [document] = ofType('DocumentReference');
    expect(document?.content).toEqual([
      {
        attachment: {
          contentType: 'image/png',
          url: `/api/v1/blobs/${PHOTO_SHA256}`,
          size: 11,
          title: 'Entrance door',
        },
      },
    ]);
    const embedded = buildFhirBundle([scaledVisit()], lookupChecklist, NOW, {
      urlOf: () => 'unused',
      base64Of: () => 'iVBORw0KGgo=',
    });
    expect(JSON.stringify(embedded)).toContain('"data":"iVBORw0KGgo="');
    expect(validate(embedded)).toBe(true);
  });

  it('records the review comment and the sign-off as Provenance of the response', () => {
    const [response] = ofType('QuestionnaireResponse');
    const provenance = ofType('Provenance');
    expect(provenance.map((entry) => (entry.activity as { text: string }).text)).toEqual([
      'Review comment',
      'Signed off',
    ]);
    for (const entry of provenance)
      expect(entry.target).toEqual([{ reference: `urn:uuid:${response?.id}` }]);
    expect(JSON.stringify(provenance[1]?.agent)).toContain('"code":"attester"');
    expect(JSON.stringify(provenance[0]?.reason)).toContain('Check the door swing too.');
  });

  it('resolves every reference inside the Bundle', () => {
    const urls = new Set((bundle.entry as { fullUrl: string }[]).map((entry) => entry.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(10);
    expect(
      references.map((reference) => reference.slice(13, -1)).filter((url) => !urls.has(url)),
    ).toEqual([]);
  });
});
