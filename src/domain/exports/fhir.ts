// One or more assessments as a FHIR R4 Bundle of type `collection` (research/ot-anchors.md §6.1, §6.3).
//
// A list of assessments goes into one flat collection rather than a Bundle of Bundles: the
// Questionnaire of a checklist version, a client seen twice and the therapist appear once and are
// referenced by every assessment, and importers of FHIR data (HAPI, Medplum, Aidbox) take a flat
// Bundle's entries directly, where nested Bundles would have to be unpacked first.
import type { AssessmentModel, ChecklistLookup } from './export-model';
import { buildCarePlan } from './fhir-care-plan';
import { dateTimeOf, type FhirResource, fullUrl, referenceTo, resourceId } from './fhir-common';
import { buildGoal, buildPatient, buildPractitioner, buildRatings } from './fhir-goals';
import { buildQuestionnaire, buildQuestionnaireResponse } from './fhir-questionnaire';

export type { FhirResource } from './fhir-common';

/**
 * Builds the Bundle: per assessment a Patient, a Practitioner, the checklist's Questionnaire and
 * the QuestionnaireResponse (when the checklist version is known), a Goal and its rating
 * Observations per goal, and a CarePlan with its DeviceRequests and ServiceRequests. Every entry
 * has a `urn:uuid:` full URL and every reference points at one. `nowMs` dates the Bundle.
 */
export function buildFhirBundle(
  models: readonly AssessmentModel[],
  checklists: ChecklistLookup,
  nowMs: number,
): FhirResource {
  const resources = new Map<string, FhirResource>();
  const add = (resource: FhirResource) => {
    if (!resources.has(fullUrl(resource))) resources.set(fullUrl(resource), resource);
  };
  for (const model of models) {
    for (const resource of assessmentResources(model, checklists)) add(resource);
  }
  return {
    resourceType: 'Bundle',
    id: resourceId('bundle', ...models.map((model) => model.assessment.id), String(nowMs)),
    type: 'collection',
    timestamp: dateTimeOf(nowMs),
    entry: [...resources.values()].map((resource) => ({ fullUrl: fullUrl(resource), resource })),
  };
}

function assessmentResources(model: AssessmentModel, checklists: ChecklistLookup): FhirResource[] {
  const checklist = model.checklist && checklists(model.checklist.id, model.checklist.version);
  const patient = buildPatient(model);
  const patientReference = referenceTo(patient);
  const practitioner = buildPractitioner(model);
  const author = practitioner === undefined ? undefined : referenceTo(practitioner);
  const questionnaire = checklist === undefined ? undefined : buildQuestionnaire(checklist);
  const response =
    checklist === undefined
      ? undefined
      : buildQuestionnaireResponse(model, checklist, { patient: patientReference, author });
  const goals = model.goals.map((goal) => ({
    record: goal,
    resource: buildGoal(goal, patientReference),
  }));
  const ratings = goals.flatMap(({ record, resource }) =>
    buildRatings(record, model, {
      patient: patientReference,
      performer: author,
      goal: referenceTo(resource),
    }),
  );
  const plan = buildCarePlan(model, {
    patient: patientReference,
    requester: author,
    response: response === undefined ? undefined : referenceTo(response),
    goals: goals.map(({ resource }) => referenceTo(resource)),
    checklist,
  });
  return [
    patient,
    ...(practitioner === undefined ? [] : [practitioner]),
    ...(questionnaire === undefined ? [] : [questionnaire]),
    ...(response === undefined ? [] : [response]),
    ...goals.map(({ resource }) => resource),
    ...ratings,
    ...plan,
  ];
}
