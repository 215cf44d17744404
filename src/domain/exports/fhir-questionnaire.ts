// The checklist as a FHIR R4 Questionnaire and one assessment's answers as a QuestionnaireResponse.
//
// Mapping (research/ot-anchors.md §6.1): a checklist area is a repeating `group` (a therapist may add
// the same area twice: two bedrooms), each answered in the response once per room; each checklist
// item is a `group` whose linkId is the item id, holding the finding (OK, barrier, not applicable),
// the chosen option, the severity, each measurement as a `quantity` with its UCUM unit offered
// through the questionnaire-unitOption extension followed by its verdict in words (naming the
// standard and edition that judged it), and the notes. A first item names the visit's standard.
import type { Checklist, Item } from '../checklist';
import { clientDeviceOf } from '../client-device';
import { icfFactorOf } from '../icf';
import type { Measurement } from '../measurement';
import type { QuantityKind } from '../quantities';
import { type RecordView, textField } from '../record-view';
import { judgingName } from '../standards';
import { judgingOf, type VisitJudging, verdictsOf } from '../visit-judging';
import { orderedRooms } from '../visit-progress';
import { ANSWER_WORDS, SEVERITY_WORDS } from '../words';
import type { AssessmentModel } from './export-model';
import {
  CODE_SYSTEMS,
  compact,
  dateTimeOf,
  type FhirReference,
  type FhirResource,
  HOMEASSESS_URN,
  recordIdentifier,
  resourceId,
  UCUM_SYSTEM,
} from './fhir-common';
import {
  ICF_PART,
  type IcfFactor,
  icfCoding,
  icfQualifierAnswer,
  icfQualifierQuestion,
} from './fhir-icf';

const UNIT_OPTION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption';

/** The UCUM unit each kind of measurement is stored in; a slope is a plain rise/run ratio. */
const UCUM_UNITS: Readonly<Record<QuantityKind, { code: string; unit: string }>> = {
  length: { code: 'mm', unit: 'mm' },
  slope: { code: '1', unit: 'rise/run' },
  force: { code: 'N', unit: 'N' },
  illuminance: { code: 'lx', unit: 'lx' },
  temperature: { code: 'Cel', unit: '°C' },
};

const FINDING_ANSWERS = Object.entries(ANSWER_WORDS).map(([code, display]) => ({ code, display }));
const SEVERITIES = (['low', 'medium', 'high'] as const).map((code) => ({
  code,
  display: SEVERITY_WORDS[code],
}));

/** The canonical URL of a checklist; its version goes in `Questionnaire.version`. */
export function questionnaireUrl(checklistId: string): string {
  return `${HOMEASSESS_URN}:checklist:${checklistId}`;
}

const areaLinkId = (areaId: string) => `area:${areaId}`;
// Checklist ids are lower-case words joined by dots and dashes, so `#` never clashes with one.
const partLinkId = (
  itemId: string,
  part: 'answer' | 'choice' | 'severity' | 'notes' | 'verdict' | typeof ICF_PART,
) => `${itemId}#${part}`;
/** The item naming the standard profile (and edition) that judged the visit's measurements. */
export const JUDGED_BY_LINK_ID = 'judged-by';

/** The checklist as a Questionnaire: one repeating group per area, one group per item. */
export function buildQuestionnaire(checklist: Checklist): FhirResource {
  return {
    resourceType: 'Questionnaire',
    id: resourceId('questionnaire', checklist.id, String(checklist.version)),
    url: questionnaireUrl(checklist.id),
    version: String(checklist.version),
    title: checklist.title,
    status: 'active',
    subjectType: ['Patient'],
    item: [
      {
        linkId: JUDGED_BY_LINK_ID,
        text: 'Standard the measurements were judged by',
        type: 'string',
        readOnly: true,
      },
      ...checklist.areas.map((area) => ({
        linkId: areaLinkId(area.id),
        text: area.name,
        type: 'group',
        repeats: true,
        item: area.items.map((item) => itemGroup(item, icfFactorOf(checklist.setting))),
      })),
    ],
  };
}

function itemGroup(item: Item, factor: IcfFactor) {
  const choice =
    item.answer.type === 'choice'
      ? [
          {
            linkId: partLinkId(item.id, 'choice'),
            text: 'Option',
            type: 'choice',
            answerOption: item.answer.options.map((option) => ({
              valueCoding: { code: option.value, display: option.label },
            })),
          },
        ]
      : [];
  return {
    linkId: item.id,
    text: item.prompt,
    type: 'group',
    code: [icfCoding(factor)],
    item: [
      codedQuestion(
        partLinkId(item.id, 'answer'),
        'Finding',
        CODE_SYSTEMS.findingAnswer,
        FINDING_ANSWERS,
      ),
      ...choice,
      codedQuestion(partLinkId(item.id, 'severity'), 'Severity', CODE_SYSTEMS.severity, SEVERITIES),
      ...item.measurements.flatMap((measurement) => [
        quantityQuestion(measurement),
        {
          linkId: partLinkId(measurement.id, 'verdict'),
          text: `${measurement.label}: verdict against the standard`,
          type: 'string',
          readOnly: true,
        },
      ]),
      { linkId: partLinkId(item.id, 'notes'), text: 'Notes', type: 'text' },
      icfQualifierQuestion(partLinkId(item.id, ICF_PART), factor),
    ],
  };
}

function codedQuestion(
  linkId: string,
  text: string,
  system: string,
  codes: readonly { code: string; display: string }[],
) {
  return {
    linkId,
    text,
    type: 'choice',
    answerOption: codes.map((code) => ({ valueCoding: { system, ...code } })),
  };
}

function quantityQuestion(measurement: Measurement) {
  const unit = UCUM_UNITS[measurement.kind];
  return {
    linkId: measurement.id,
    text: measurement.label,
    type: 'quantity',
    extension: [
      {
        url: UNIT_OPTION_EXTENSION,
        valueCoding: { system: UCUM_SYSTEM, code: unit.code, display: unit.unit },
      },
    ],
  };
}

/** Who and what a response is about. */
export interface ResponseContext {
  patient: FhirReference;
  author: FhirReference | undefined;
}

/**
 * The assessment's answers: one area group per room (in visit order), one item group per
 * answered finding (in checklist order). Findings of items the checklist lacks are left out,
 * since the response may only answer the Questionnaire's own items.
 */
export function buildQuestionnaireResponse(
  model: AssessmentModel,
  checklist: Checklist,
  context: ResponseContext,
): FhirResource {
  const { assessment } = model;
  const device = clientDeviceOf(model.client);
  const judging: VisitJudging = {
    judging: judgingOf(assessment),
    setting: checklist.setting,
    unitSystem: 'metric',
    ...(device === undefined ? {} : { device }),
  };
  return compact({
    resourceType: 'QuestionnaireResponse',
    id: resourceId('questionnaire-response', assessment.id),
    identifier: recordIdentifier(assessment.id),
    questionnaire: `${questionnaireUrl(checklist.id)}|${checklist.version}`,
    status: responseStatus(model),
    subject: context.patient,
    authored: authoredOf(assessment),
    author: context.author,
    item: [
      {
        linkId: JUDGED_BY_LINK_ID,
        answer: [{ valueString: judgingName(judging.judging) }],
      },
      ...orderedRooms(model.rooms).flatMap((room) => roomAnswers(room, model, checklist, judging)),
    ],
  });
}

function responseStatus(model: AssessmentModel): string {
  if (model.amendments.length > 0) return 'amended';
  const status = textField(model.assessment, 'status');
  return status === 'complete' || status === 'signed' ? 'completed' : 'in-progress';
}

/** When the visit started, else its date (a FHIR dateTime may be a plain date). */
export function authoredOf(assessment: RecordView): string | undefined {
  const startedAt = assessment.fields.startedAt;
  return typeof startedAt === 'number' ? dateTimeOf(startedAt) : textField(assessment, 'date');
}

function roomAnswers(
  room: RecordView,
  model: AssessmentModel,
  checklist: Checklist,
  judging: VisitJudging,
) {
  const area = checklist.areas.find((candidate) => candidate.id === textField(room, 'areaId'));
  if (area === undefined) return [];
  const findings = model.findings.filter((finding) => textField(finding, 'roomId') === room.id);
  const items = area.items.flatMap((item) => {
    const finding = findings.find((candidate) => textField(candidate, 'itemId') === item.id);
    const answers = finding === undefined ? [] : findingAnswers(finding, item, judging);
    return answers.length === 0 ? [] : [{ linkId: item.id, text: item.prompt, item: answers }];
  });
  if (items.length === 0) return [];
  return [{ linkId: areaLinkId(area.id), text: textField(room, 'name') ?? area.name, item: items }];
}

function findingAnswers(finding: RecordView, item: Item, judging: VisitJudging) {
  const answers: { linkId: string; answer: Record<string, unknown>[] }[] = [];
  const add = (linkId: string, answer: Record<string, unknown>) =>
    answers.push({ linkId, answer: [answer] });
  const answer = FINDING_ANSWERS.find((code) => code.code === textField(finding, 'answer'));
  if (answer !== undefined) {
    add(partLinkId(item.id, 'answer'), {
      valueCoding: { system: CODE_SYSTEMS.findingAnswer, ...answer },
    });
  }
  const choice = item.answer.type === 'choice' ? item.answer.options : [];
  const option = choice.find((candidate) => candidate.value === textField(finding, 'choice'));
  if (option !== undefined) {
    add(partLinkId(item.id, 'choice'), {
      valueCoding: { code: option.value, display: option.label },
    });
  }
  const severity = SEVERITIES.find((code) => code.code === textField(finding, 'severity'));
  if (severity !== undefined) {
    add(partLinkId(item.id, 'severity'), {
      valueCoding: { system: CODE_SYSTEMS.severity, ...severity },
    });
  }
  const verdicts = verdictsOf(item, finding, judging);
  for (const measurement of item.measurements) {
    const value = measuredValue(finding, measurement.id);
    if (value === undefined) continue;
    const unit = UCUM_UNITS[measurement.kind];
    add(measurement.id, {
      valueQuantity: { value, unit: unit.unit, system: UCUM_SYSTEM, code: unit.code },
    });
    const verdict = verdicts.find((candidate) => candidate.measurementId === measurement.id);
    if (verdict !== undefined) {
      const { status, sentence } = verdict.evaluation;
      add(partLinkId(measurement.id, 'verdict'), { valueString: `${status}: ${sentence}` });
    }
  }
  const notes = textField(finding, 'notes');
  if (notes !== undefined && notes.trim() !== '')
    add(partLinkId(item.id, 'notes'), { valueString: notes });
  const qualifier = icfQualifierAnswer(finding);
  if (qualifier !== undefined) add(partLinkId(item.id, ICF_PART), qualifier);
  return answers;
}

function measuredValue(finding: RecordView, measurementId: string): number | undefined {
  const values = finding.fields.measurements;
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
  const value = values[measurementId];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
