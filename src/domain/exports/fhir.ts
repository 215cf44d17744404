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
import { gasGoalElements, gasScoreObservations, measureObservations } from './fhir-outcomes';
import { buildQuestionnaire, buildQuestionnaireResponse } from './fhir-questionnaire';
import {
  type PhotoContent,
  photoDocuments,
  reviewProvenance,
  SERVER_PHOTO_URLS,
} from './fhir-record-trail';

export type { FhirResource } from './fhir-common';
export type { PhotoContent } from './fhir-record-trail';

/**
 * Builds the Bundle: per assessment a Patient, a Practitioner, the checklist's Questionnaire and
 * the QuestionnaireResponse (when the checklist version is known; items coded by ICF), a Goal
 * (PCO GAS Goal when scaled) with its rating and GAS score Observations per goal, an Observation
 * per measure (GAS T-score, falls, Short FES-I, TUG), a CarePlan with its DeviceRequests and
 * ServiceRequests, a DocumentReference per photo (`photos` says how its bytes are reached) and a
 * Provenance per review comment and for the sign-off. Every entry has a `urn:uuid:` full URL and
 * every reference points at one. `nowMs` dates the Bundle.
 */
export function buildFhirBundle(
  models: readonly AssessmentModel[],
  checklists: ChecklistLookup,
  nowMs: number,
  photos: PhotoContent = SERVER_PHOTO_URLS,
): FhirResource {
  const resources = new Map<string, FhirResource>();
  const add = (resource: FhirResource) => {
    if (!resources.has(fullUrl(resource))) resources.set(fullUrl(resource), resource);
  };
  for (const model of models) {
    for (const resource of assessmentResources(model, checklists, photos)) add(resource);
  }
  return {
    resourceType: 'Bundle',
    id: resourceId('bundle', ...models.map((model) => model.assessment.id), String(nowMs)),
    type: 'collection',
    timestamp: dateTimeOf(nowMs),
    entry: [...resources.values()].map((resource) => ({ fullUrl: fullUrl(resource), resource })),
  };
}

function assessmentResources(
  model: AssessmentModel,
  checklists: ChecklistLookup,
  photos: PhotoContent,
): FhirResource[] {
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
    resource: { ...buildGoal(goal, patientReference), ...gasGoalElements(goal, model) },
  }));
  const observed = { patient: patientReference, practitioner: author };
  const gasScores = goals.flatMap(({ record, resource }) =>
    gasScoreObservations(record, referenceTo(resource), model, observed),
  );
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
    ...gasScores,
    ...measureObservations(model, observed),
    ...plan,
    ...photoDocuments(model, patientReference, photos),
    ...reviewProvenance(model, response === undefined ? patientReference : referenceTo(response)),
  ];
}
