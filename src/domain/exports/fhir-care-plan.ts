// One assessment's recommendations as a FHIR R4 CarePlan with the requests its activities reference.
//
// Mapping (research/ot-anchors.md §6.1): the recommendations form one CarePlan whose activities
// reference a DeviceRequest for assistive equipment and a ServiceRequest for a home modification
// or a referral; a technique or education needs no order, so it is the activity's own `detail`.
// A follow-up's outcome (installed and used, not used, not done) is the activity's outcome.
import type { Checklist } from '../checklist';
import { findItem } from '../checklist';
import { numberField, type RecordView, textField } from '../record-view';
import type { AssessmentModel } from './export-model';
import {
  CODE_SYSTEMS,
  compact,
  type FhirReference,
  type FhirResource,
  recordIdentifier,
  referenceTo,
  resourceId,
} from './fhir-common';

/** The FHIR request status of an intervention's status. */
const REQUEST_STATUS: Readonly<Record<string, string>> = {
  recommended: 'draft',
  approved: 'active',
  ordered: 'active',
  installed: 'completed',
  declined: 'revoked',
};
/** The CarePlan activity status of a technique or education, by the intervention's status. */
const ACTIVITY_STATUS: Readonly<Record<string, string>> = {
  recommended: 'not-started',
  approved: 'scheduled',
  ordered: 'scheduled',
  installed: 'completed',
  declined: 'cancelled',
};
const OUTCOME_NAMES: Readonly<Record<string, string>> = {
  'in-use': 'Installed and used',
  'not-used': 'Installed and not used',
  'not-done': 'Not done',
};
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  'assistive-equipment': 'Assistive equipment',
  'home-modification': 'Home modification',
  technique: 'Technique',
  education: 'Education',
  referral: 'Referral',
};

export interface PlanContext {
  patient: FhirReference;
  requester: FhirReference | undefined;
  response: FhirReference | undefined;
  goals: readonly FhirReference[];
  checklist: Checklist | undefined;
}

/** The CarePlan and the DeviceRequests and ServiceRequests its activities reference. */
export function buildCarePlan(model: AssessmentModel, context: PlanContext): FhirResource[] {
  const requests: FhirResource[] = [];
  const activities = model.interventions.map((intervention) => {
    const request = buildRequest(intervention, model, context);
    if (request !== undefined) requests.push(request);
    return compact({
      reference: request === undefined ? undefined : referenceTo(request),
      detail: request === undefined ? activityDetail(intervention) : undefined,
      outcomeCodeableConcept: outcomeOf(intervention),
      progress: noteOf(textField(intervention, 'outcomeNotes')),
    });
  });
  const status = textField(model.assessment, 'status');
  const carePlan = compact({
    resourceType: 'CarePlan',
    id: resourceId('care-plan', model.assessment.id),
    identifier: [recordIdentifier(model.assessment.id)],
    status: status === 'complete' || status === 'signed' ? 'active' : 'draft',
    intent: 'plan',
    title: `Recommendations of the visit of ${textField(model.assessment, 'date') ?? 'no date'}`,
    subject: context.patient,
    created: textField(model.assessment, 'date'),
    author: context.requester,
    supportingInfo: context.response === undefined ? undefined : [context.response],
    goal: [...context.goals],
    activity: activities,
  });
  return [carePlan, ...requests];
}

function buildRequest(
  intervention: RecordView,
  model: AssessmentModel,
  context: PlanContext,
): FhirResource | undefined {
  const category = textField(intervention, 'category');
  const resourceType =
    category === 'assistive-equipment'
      ? 'DeviceRequest'
      : category === 'home-modification' || category === 'referral'
        ? 'ServiceRequest'
        : undefined;
  if (resourceType === undefined || category === undefined) return undefined;
  const status = textField(intervention, 'status') ?? 'recommended';
  const code = { text: textField(intervention, 'title') ?? CATEGORY_NAMES[category] };
  const provider = textField(intervention, 'provider');
  const barrier = barrierOf(intervention, model, context.checklist);
  return compact({
    resourceType,
    id: intervention.id,
    identifier: [recordIdentifier(intervention.id)],
    status: REQUEST_STATUS[status] ?? 'draft',
    intent: status === 'ordered' || status === 'installed' ? 'order' : 'proposal',
    category:
      resourceType === 'ServiceRequest'
        ? [
            {
              coding: [
                {
                  system: CODE_SYSTEMS.interventionCategory,
                  code: category,
                  display: CATEGORY_NAMES[category],
                },
              ],
            },
          ]
        : undefined,
    ...(resourceType === 'DeviceRequest' ? { codeCodeableConcept: code } : { code }),
    subject: context.patient,
    authoredOn: textField(model.assessment, 'date'),
    requester: context.requester,
    performerType: provider === undefined ? undefined : { text: provider },
    reasonCode: barrier === undefined ? undefined : [{ text: barrier }],
    supportingInfo: context.response === undefined ? undefined : [context.response],
    note: [...noteOf(costNote(intervention)), ...noteOf(textField(intervention, 'notes'))],
  });
}

function activityDetail(intervention: RecordView) {
  const status = textField(intervention, 'status') ?? 'recommended';
  const category = textField(intervention, 'category');
  return compact({
    code: {
      text:
        textField(intervention, 'title') ??
        (category && CATEGORY_NAMES[category]) ??
        'Recommendation',
    },
    status: ACTIVITY_STATUS[status] ?? 'not-started',
    description: [costNote(intervention), textField(intervention, 'notes')]
      .filter(Boolean)
      .join(' '),
  });
}

/** The barrier an intervention answers: its finding's checklist prompt, or the item id. */
function barrierOf(
  intervention: RecordView,
  model: AssessmentModel,
  checklist: Checklist | undefined,
) {
  const finding = model.findings.find(
    (candidate) => candidate.id === textField(intervention, 'findingId'),
  );
  const itemId = finding === undefined ? undefined : textField(finding, 'itemId');
  if (itemId === undefined) return undefined;
  const item = checklist === undefined ? undefined : findItem(checklist, itemId);
  return item?.prompt ?? itemId;
}

/** `Estimated cost 150-400 USD. Funding: home care package. Responsible: landlord.` */
function costNote(intervention: RecordView): string | undefined {
  const min = numberField(intervention, 'costMin');
  const max = numberField(intervention, 'costMax');
  const currency = textField(intervention, 'currency');
  const parts: string[] = [];
  if (min !== undefined || max !== undefined) {
    const range =
      min !== undefined && max !== undefined && min !== max ? `${min}-${max}` : String(min ?? max);
    parts.push(`Estimated cost ${currency === undefined ? range : `${range} ${currency}`}.`);
  }
  const funding = textField(intervention, 'fundingSource');
  if (funding) parts.push(`Funding: ${funding}.`);
  const responsible = textField(intervention, 'responsible');
  if (responsible) parts.push(`Responsible: ${responsible}.`);
  return parts.length === 0 ? undefined : parts.join(' ');
}

function outcomeOf(intervention: RecordView) {
  const outcome = textField(intervention, 'outcome');
  if (outcome === undefined || OUTCOME_NAMES[outcome] === undefined) return undefined;
  const display = OUTCOME_NAMES[outcome];
  return [
    {
      coding: [{ system: CODE_SYSTEMS.interventionOutcome, code: outcome, display }],
      text: display,
    },
  ];
}

function noteOf(text: string | undefined): { text: string }[] {
  return text === undefined || text.trim() === '' ? [] : [{ text }];
}
