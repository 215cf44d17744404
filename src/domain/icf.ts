// The ICF environmental factor a checklist item describes, and the barrier qualifier a finding's
// answer and severity give it (research/market-2026.md §4.2).
//
// - e155 "Design, construction and building products and technology of buildings for private
//   use" is the home's built environment (BMC Med Inform Decis Mak 2021, Table 4 [V]); e150, its
//   counterpart for buildings for public use, stands for a workplace or a school [U: label not
//   retrieved].
// - Environmental qualifiers: .0 no barrier … .4 complete barrier, .8 not specified, .9 not
//   applicable (AIHW ICF Australian User Guide, ug_s2_2 [V]). A finding's severity maps low → .1
//   mild, medium → .2 moderate, high → .3 severe; .4 complete is not used, as our severities do
//   not say a barrier stops the activity outright [derived].
// ICF codes need the release: 2001a and 2017a are published as FHIR code systems (HL7 terminology
// ecosystem IG [V]); these codes are in both.

export const ICF_SYSTEM = 'http://hl7.org/fhir/sid/icf';
export const ICF_VERSION = '2017a';

export interface IcfFactor {
  code: string;
  display: string;
}

const PRIVATE_BUILDINGS: IcfFactor = {
  code: 'e155',
  display: 'Design, construction and building products and technology of buildings for private use',
};
const PUBLIC_BUILDINGS: IcfFactor = {
  code: 'e150',
  display: 'Design, construction and building products and technology of buildings for public use',
};

/** The environmental factor of every item of a checklist for this setting. */
export function icfFactorOf(setting: string | undefined): IcfFactor {
  return setting === 'workplace' || setting === 'school' ? PUBLIC_BUILDINGS : PRIVATE_BUILDINGS;
}

export interface IcfQualifier {
  /** The digit after the point: `e155.3` is a severe barrier. */
  value: '0' | '1' | '2' | '3' | '8' | '9';
  display: string;
}

/** The barrier qualifier of a finding, or undefined when it is not answered. */
export function icfQualifierOf(
  answer: string | undefined,
  severity: string | undefined,
): IcfQualifier | undefined {
  if (answer === 'ok') return { value: '0', display: 'No barrier' };
  if (answer === 'na') return { value: '9', display: 'Not applicable' };
  if (answer !== 'barrier') return undefined;
  if (severity === 'low') return { value: '1', display: 'Mild barrier' };
  if (severity === 'medium') return { value: '2', display: 'Moderate barrier' };
  if (severity === 'high') return { value: '3', display: 'Severe barrier' };
  return { value: '8', display: 'Barrier, not specified' };
}
