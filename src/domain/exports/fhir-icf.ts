// The ICF environmental factor of each checklist item in the Questionnaire (the item group's
// `code`), and the barrier qualifier of each finding in the QuestionnaireResponse, as its own
// answer: a qualifier is not part of an ICF code, so it travels as a separate value
// (research/market-2026.md §4.2; `src/domain/icf.ts` has the sources).
import { ICF_SYSTEM, ICF_VERSION, type IcfFactor, icfQualifierOf } from '../icf';
import { type RecordView, textField } from '../record-view';
import { HOMEASSESS_URN } from './fhir-common';

export type { IcfFactor } from '../icf';

/** The linkId part of an item's ICF qualifier question (`<itemId>#icf-qualifier`). */
export const ICF_PART = 'icf-qualifier';
/** Our code system for the qualifier digit (.0-.4, .8, .9) of an ICF environmental factor. */
export const ICF_QUALIFIER_SYSTEM = `${HOMEASSESS_URN}:codesystem:icf-environmental-qualifier`;

const QUALIFIERS = [
  ['0', 'No barrier'],
  ['1', 'Mild barrier'],
  ['2', 'Moderate barrier'],
  ['3', 'Severe barrier'],
  ['8', 'Barrier, not specified'],
  ['9', 'Not applicable'],
] as const;

export function icfCoding(factor: IcfFactor) {
  return { system: ICF_SYSTEM, version: ICF_VERSION, code: factor.code, display: factor.display };
}

/** The read-only question holding the qualifier the finding gives the item's factor. */
export function icfQualifierQuestion(linkId: string, factor: IcfFactor) {
  return {
    linkId,
    code: [icfCoding(factor)],
    text: `ICF ${factor.code} qualifier: how much of a barrier the item is`,
    type: 'choice',
    readOnly: true,
    answerOption: QUALIFIERS.map(([code, display]) => ({
      valueCoding: { system: ICF_QUALIFIER_SYSTEM, code, display },
    })),
  };
}

/** The finding's qualifier as an answer, or undefined when the finding is not answered. */
export function icfQualifierAnswer(finding: RecordView) {
  const qualifier = icfQualifierOf(textField(finding, 'answer'), textField(finding, 'severity'));
  if (qualifier === undefined) return undefined;
  return {
    valueCoding: {
      system: ICF_QUALIFIER_SYSTEM,
      code: qualifier.value,
      display: qualifier.display,
    },
  };
}
