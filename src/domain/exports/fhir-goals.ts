// The client, the therapist, the goals and their 1-10 ratings of one assessment as FHIR R4 resources.
//
// Mapping (research/ot-anchors.md §6.1): the client is a Patient and the therapist a Practitioner;
// each goal is a Goal, and each of its ratings an Observation about it (`focus`), coded in text and
// in our own code system: the published self-rating instruments' wording and codes are licensed.
import { numberField, type RecordView, textField } from '../record-view';
import type { AssessmentModel } from './export-model';
import {
  CODE_SYSTEMS,
  compact,
  type FhirReference,
  type FhirResource,
  GOAL_ACHIEVEMENT_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  recordIdentifier,
  resourceId,
} from './fhir-common';

/** The client; an assessment without a client record still needs a subject. */
export function buildPatient(model: AssessmentModel): FhirResource {
  const client = model.client;
  if (client === undefined) {
    return {
      resourceType: 'Patient',
      id: resourceId('patient', model.assessment.id),
      name: [{ text: 'Unnamed client' }],
    };
  }
  const phone = textField(client, 'phone');
  const address = textField(client, 'address');
  return compact({
    resourceType: 'Patient',
    id: client.id,
    identifier: [recordIdentifier(client.id)],
    name: [{ text: textField(client, 'name') ?? 'Unnamed client' }],
    birthDate: textField(client, 'dateOfBirth'),
    telecom: phone === undefined || phone === '' ? undefined : [{ system: 'phone', value: phone }],
    address: address === undefined || address === '' ? undefined : [{ text: address }],
  });
}

/** The therapist who made the visit, when the assessment names them. */
export function buildPractitioner(model: AssessmentModel): FhirResource | undefined {
  const therapistId = textField(model.assessment, 'therapistId');
  const therapistName = textField(model.assessment, 'therapistName');
  if (therapistId === undefined && therapistName === undefined) return undefined;
  return compact({
    resourceType: 'Practitioner',
    id: resourceId('practitioner', therapistId ?? therapistName ?? ''),
    identifier:
      therapistId === undefined ? undefined : [{ system: CODE_SYSTEMS.user, value: therapistId }],
    name: therapistName === undefined ? undefined : [{ text: therapistName }],
  });
}

/**
 * A change of 2 or more points on a 1-10 self-rating counts, by the COPM authors' convention (not a
 * proven threshold; see CLINICALLY_IMPORTANT_CHANGE in follow-up-outcome.ts) (research/ot-anchors.md,
 * outcome measures: https://www.thecopm.ca/ufaqs/4-what-amount-of-change-in-the-scores-represent-an-important-difference/).
 */
const IMPORTANT_CHANGE_POINTS = 2;

/** One goal; its achievement follows the change in performance once it is re-rated. */
export function buildGoal(goal: RecordView, patient: FhirReference): FhirResource {
  const before = numberField(goal, 'performanceBaseline');
  const after = numberField(goal, 'performanceFollowUp');
  const notes = textField(goal, 'notes');
  return compact({
    resourceType: 'Goal',
    id: goal.id,
    identifier: [recordIdentifier(goal.id)],
    lifecycleStatus: 'active',
    achievementStatus:
      before === undefined || after === undefined ? undefined : achievement(after - before),
    description: { text: textField(goal, 'activity') ?? textField(goal, 'activityKind') ?? 'Goal' },
    subject: patient,
    expressedBy: patient,
    note: notes === undefined || notes === '' ? undefined : [{ text: notes }],
  });
}

function achievement(change: number) {
  const [code, display] =
    change >= IMPORTANT_CHANGE_POINTS
      ? ['improving', 'Improving']
      : change <= -IMPORTANT_CHANGE_POINTS
        ? ['worsening', 'Worsening']
        : ['no-change', 'No Change'];
  return { coding: [{ system: GOAL_ACHIEVEMENT_SYSTEM, code, display }] };
}

/** The ratings a goal carries, each an Observation; the phase says which visit rated it. */
const RATINGS = [
  {
    field: 'importance',
    phase: 'baseline',
    text: 'Importance of the activity to the client (1-10)',
  },
  {
    field: 'performanceBaseline',
    phase: 'baseline',
    text: 'Client-rated performance of the activity (1-10), baseline',
  },
  {
    field: 'satisfactionBaseline',
    phase: 'baseline',
    text: 'Client-rated satisfaction with performance of the activity (1-10), baseline',
  },
  {
    field: 'performanceFollowUp',
    phase: 'follow-up',
    text: 'Client-rated performance of the activity (1-10), follow-up',
  },
  {
    field: 'satisfactionFollowUp',
    phase: 'follow-up',
    text: 'Client-rated satisfaction with performance of the activity (1-10), follow-up',
  },
] as const;

/** One Observation per rating the goal has, about the goal, dated when this visit made it. */
export function buildRatings(
  goal: RecordView,
  model: AssessmentModel,
  context: { patient: FhirReference; performer: FhirReference | undefined; goal: FhirReference },
): FhirResource[] {
  const visitPhase = model.assessment.fields.type === 'follow-up' ? 'follow-up' : 'baseline';
  const date = textField(model.assessment, 'date');
  return RATINGS.flatMap((rating) => {
    const value = numberField(goal, rating.field);
    if (value === undefined) return [];
    return [
      compact({
        resourceType: 'Observation',
        id: resourceId('observation', goal.id, rating.field),
        status: 'final',
        category: [
          { coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] },
        ],
        code: {
          coding: [{ system: CODE_SYSTEMS.goalRating, code: rating.field }],
          text: rating.text,
        },
        subject: context.patient,
        focus: [context.goal],
        effectiveDateTime: rating.phase === visitPhase ? date : undefined,
        performer: context.performer === undefined ? undefined : [context.performer],
        valueInteger: value,
      }),
    ];
  });
}
