// Goal Attainment Scaling and the visit's falls and mobility measures as FHIR R4.
//
// GAS follows the HL7 Person-Centered Outcomes IG (hl7.fhir.us.pco, STU1 1.0.0; profiles read in
// its source, HL7/pco-ig input/fsh/GASProfiles.fsh, GASTerminology.fsh and GASExamples.fsh):
// - a scaled goal claims the PCO GAS Goal profile, carries the `pco-goal-attainment-scaling`
//   extension once per level (sub-extensions `level`, a Coding from LOINC answer list LL6900-6,
//   and `text`), and `target.measure` LOINC 107332-9 "Goal attainment scale - Reported";
// - each level rated is a PCO GAS score Observation about the goal (`focus`), coded 107332-9 at
//   baseline (STU1's value set also lists 112296-9 "GAS baseline") and at follow-up 107333-7
//   practitioner, 107334-5 patient or 107331-1 caregiver, valued with the level's LA code.
// The LA codes were read from the IG's examples, not from LOINC itself [U against LOINC].
//
// No LOINC code was verified for the GAS T-score, falls since the last visit, the Short FES-I or
// Timed Up and Go, so they are coded in our own code system with their names in text [U].
import type { GasRater } from '../gas';
import { gasSetOf } from '../gas-outcome';
import { FES_I_ITEMS } from '../mobility-measures';
import { numberField, type RecordView, textField } from '../record-view';
import type { AssessmentModel } from './export-model';
import {
  compact,
  type FhirReference,
  type FhirResource,
  HOMEASSESS_URN,
  OBSERVATION_CATEGORY_SYSTEM,
  resourceId,
  UCUM_SYSTEM,
} from './fhir-common';

export const LOINC_SYSTEM = 'http://loinc.org';
const PCO = 'http://hl7.org/fhir/us/pco/StructureDefinition';
export const PCO_GAS_GOAL_PROFILE = `${PCO}/pco-gas-goal-profile`;
export const PCO_GAS_SCALING_EXTENSION = `${PCO}/pco-goal-attainment-scaling`;
export const PCO_GAS_SCORE_PROFILE = `${PCO}/pco-gas-score-observation`;
export const MEASURE_SYSTEM = `${HOMEASSESS_URN}:codesystem:outcome-measure`;

/** The LOINC answers of list LL6900-6 for each level, with the IG's displays. */
export const GAS_LEVEL_ANSWERS: Readonly<Record<string, { code: string; display: string }>> = {
  '2': { code: 'LA34479-8', display: 'Much better than expected' },
  '1': { code: 'LA34480-6', display: 'Better than expected' },
  '0': { code: 'LA34481-4', display: 'Expected outcome' },
  '-1': { code: 'LA34483-0', display: 'Less than expected' },
  '-2': { code: 'LA34484-8', display: 'Much less than expected' },
};
export const GAS_REPORTED = { code: '107332-9', display: 'Goal attainment scale - Reported' };
export const GAS_FOLLOW_UP: Readonly<Record<GasRater, { code: string; display: string }>> = {
  therapist: { code: '107333-7', display: 'Practitioner follow-up goal attainment scaling score' },
  client: { code: '107334-5', display: 'Patient follow-up goal attainment scaling score' },
  carer: { code: '107331-1', display: 'Caregiver follow-up goal attainment scaling score' },
};
const LEVEL_TEXT_FIELDS = [
  ['2', 'gasPlus2'],
  ['1', 'gasPlus1'],
  ['0', 'gasExpected'],
  ['-1', 'gasMinus1'],
  ['-2', 'gasMinus2'],
] as const;

const loinc = (code: { code: string; display: string }) => ({ system: LOINC_SYSTEM, ...code });
const gasLevelConcept = (level: number) => {
  const answer = GAS_LEVEL_ANSWERS[String(level)];
  return answer === undefined ? undefined : { coding: [loinc(answer)] };
};

/** The PCO GAS elements a scaled goal adds to its Goal resource, or undefined for other goals. */
export function gasGoalElements(goal: RecordView, model: AssessmentModel) {
  const line = gasSetOf([goal]).goals[0];
  if (line === undefined) return undefined;
  const extension = LEVEL_TEXT_FIELDS.flatMap(([level, field]) => {
    const text = textField(goal, field);
    const answer = GAS_LEVEL_ANSWERS[level];
    if (text === undefined || text.trim() === '' || answer === undefined) return [];
    return [
      {
        url: PCO_GAS_SCALING_EXTENSION,
        extension: [
          { url: 'level', valueCoding: loinc(answer) },
          { url: 'text', valueString: text },
        ],
      },
    ];
  });
  const reached = numberField(goal, 'gasLevel');
  return compact({
    meta: { profile: [PCO_GAS_GOAL_PROFILE] },
    extension,
    startDate: textField(model.assessment, 'date'),
    target: [{ measure: { coding: [loinc(GAS_REPORTED)] } }],
    // PCO: a goal is achieved at its expected outcome (0) or better by the follow-up.
    achievementStatus:
      reached === undefined
        ? undefined
        : {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                code: reached >= 0 ? 'achieved' : 'not-achieved',
                display: reached >= 0 ? 'Achieved' : 'Not Achieved',
              },
            ],
          },
  });
}

interface ObservationContext {
  patient: FhirReference;
  practitioner: FhirReference | undefined;
}

function effectiveOf(model: AssessmentModel): string | undefined {
  return textField(model.assessment, 'date');
}

/** The GAS score Observations of one goal: its baseline level and the level reached. */
export function gasScoreObservations(
  goal: RecordView,
  goalReference: FhirReference,
  model: AssessmentModel,
  context: ObservationContext,
): FhirResource[] {
  const line = gasSetOf([goal]).goals[0];
  if (line === undefined) return [];
  const isFollowUp = textField(goal, 'baselineGoalId') !== undefined;
  const scores: {
    part: string;
    level: number | undefined;
    code: { code: string; display: string };
  }[] = [
    {
      part: 'gas-baseline',
      level: isFollowUp ? undefined : line.baselineLevel,
      code: GAS_REPORTED,
    },
    {
      part: 'gas-follow-up',
      level: line.followUpLevel,
      code: GAS_FOLLOW_UP[line.ratedBy ?? 'therapist'],
    },
  ];
  const performer =
    line.ratedBy === 'client'
      ? context.patient
      : line.ratedBy === 'carer'
        ? undefined
        : context.practitioner;
  return scores.flatMap(({ part, level, code }) => {
    const value = level === undefined ? undefined : gasLevelConcept(level);
    if (value === undefined) return [];
    return [
      compact({
        resourceType: 'Observation',
        id: resourceId('observation', goal.id, part),
        meta: { profile: [PCO_GAS_SCORE_PROFILE] },
        status: 'final',
        category: [surveyCategory],
        code: { coding: [loinc(code)] },
        subject: context.patient,
        focus: [goalReference],
        effectiveDateTime: effectiveOf(model),
        performer: performer === undefined ? undefined : [performer],
        valueCodeableConcept: value,
      }),
    ];
  });
}

const surveyCategory = {
  coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }],
};

const measureCode = (code: string, text: string) => ({
  coding: [{ system: MEASURE_SYSTEM, code, display: text }],
  text,
});

/** The visit's measures as Observations: GAS T-score, falls, Short FES-I (with its items), TUG. */
export function measureObservations(
  model: AssessmentModel,
  context: ObservationContext,
  baselineGoals: readonly RecordView[] = [],
): FhirResource[] {
  const { assessment } = model;
  const observation = (code: string, text: string, value: Record<string, unknown>) =>
    compact({
      resourceType: 'Observation',
      id: resourceId('observation', assessment.id, code),
      status: 'final',
      category: [surveyCategory],
      code: measureCode(code, text),
      subject: context.patient,
      effectiveDateTime: effectiveOf(model),
      performer: context.practitioner === undefined ? undefined : [context.practitioner],
      ...value,
    });
  const found: FhirResource[] = [];
  const set = gasSetOf(model.goals, baselineGoals);
  const isFollowUp = textField(assessment, 'type') === 'follow-up';
  const tScore = isFollowUp ? set.followUpT : set.baselineT;
  if (tScore !== undefined) {
    const value = Math.round(tScore * 10) / 10;
    found.push(
      observation('gas-t-score', 'GAS T-score (Kiresuk and Sherman)', { valueQuantity: { value } }),
    );
  }
  const count = (field: string, code: string, text: string) => {
    const value = numberField(assessment, field);
    if (value !== undefined) found.push(observation(code, text, { valueInteger: value }));
  };
  count('fallsSinceLastVisit', 'falls-since-last-visit', 'Falls since the last visit');
  count('fallsWithInjury', 'falls-with-injury', 'Falls with an injury since the last visit');
  const fesTotal = numberField(assessment, 'fesTotal');
  if (fesTotal !== undefined) {
    const component = FES_I_ITEMS.flatMap((item) => {
      const value = numberField(assessment, item.field);
      return value === undefined
        ? []
        : [
            {
              code: measureCode(`short-fes-i-${item.field}`, `Short FES-I item ${item.label}`),
              valueInteger: value,
            },
          ];
    });
    found.push(
      observation('short-fes-i', 'Short FES-I total (7-28)', { valueInteger: fesTotal, component }),
    );
  }
  const tug = numberField(assessment, 'tugSeconds');
  if (tug !== undefined) {
    const aid = textField(assessment, 'tugAid');
    found.push(
      observation('timed-up-and-go', 'Timed Up and Go', {
        valueQuantity: { value: tug, unit: 's', system: UCUM_SYSTEM, code: 's' },
        component:
          aid === undefined
            ? undefined
            : [{ code: measureCode('walking-aid', 'Walking aid used'), valueString: aid }],
      }),
    );
  }
  return found;
}
