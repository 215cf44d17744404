// The standards and guidance a measurement can be judged by, and the country profiles that choose among them.
import type { Setting } from './checklist';
import type { ProfileId } from './vocabulary';

export { PROFILE_IDS, type ProfileId } from './vocabulary';

/** A standard (or, for `kind: 'guidance'`, a guidance document) with its edition. */
export interface StandardInfo {
  /** Short name with the edition, used in every citation: `AS 1428.1:2021`. */
  label: string;
  title: string;
  kind: 'standard' | 'guidance';
  /** How its sections are cited: `§404.2.3`, `cl. 13.2`, `para 2.20`. */
  sectionPrefix: string;
  /** Where the publisher describes or publishes it. */
  url: string;
}

export const STANDARD_IDS = [
  'ada-2010',
  'irc-2021',
  'as-1428.1-2021',
  'adm-2015',
  'adk-2013',
  'bs-8300-2018',
  'csa-b651-2018',
  'lrc-aarp-lighting',
  'workstation-evaluation',
] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

/** `any`: guidance in a checklist of version 1, which applied under every standard. */
export type ThresholdStandard = StandardId | 'any';

export const STANDARDS: Readonly<Record<StandardId, StandardInfo>> = {
  'ada-2010': {
    label: 'ADA 2010',
    title: '2010 ADA Standards for Accessible Design',
    kind: 'standard',
    sectionPrefix: '§',
    url: 'https://www.access-board.gov/ada/',
  },
  'irc-2021': {
    label: 'IRC 2021',
    title: 'International Residential Code 2021',
    kind: 'standard',
    sectionPrefix: '§',
    url: 'https://codes.iccsafe.org/content/IRC2021P2',
  },
  'as-1428.1-2021': {
    label: 'AS 1428.1:2021',
    title: 'AS 1428.1:2021 Design for access and mobility, Part 1: General requirements',
    kind: 'standard',
    sectionPrefix: 'cl. ',
    url: 'https://www.standards.org.au/standards-catalogue/standard-details?designation=as-1428-1-2021',
  },
  'adm-2015': {
    label: 'Approved Document M 2015',
    title: 'Approved Document M: Access to and use of buildings (2015 edition, 2016 amendments)',
    kind: 'standard',
    sectionPrefix: 'para ',
    url: 'https://www.gov.uk/government/publications/access-to-and-use-of-buildings-approved-document-m',
  },
  'adk-2013': {
    label: 'Approved Document K 2013',
    title: 'Approved Document K: Protection from falling, collision and impact (2013 edition)',
    kind: 'standard',
    sectionPrefix: 'para ',
    url: 'https://www.gov.uk/government/publications/protection-from-falling-collision-and-impact-approved-document-k',
  },
  'bs-8300-2018': {
    label: 'BS 8300-2:2018',
    title: 'BS 8300-2:2018 Design of an accessible and inclusive built environment: Buildings',
    kind: 'standard',
    sectionPrefix: 'cl. ',
    url: 'https://knowledge.bsigroup.com/products/design-of-an-accessible-and-inclusive-built-environment-buildings-code-of-practice',
  },
  'csa-b651-2018': {
    label: 'CSA B651-18',
    title: 'CSA B651-18 Accessible design for the built environment',
    kind: 'standard',
    sectionPrefix: 'cl. ',
    url: 'https://www.csagroup.org/store/product/B651-18/',
  },
  'lrc-aarp-lighting': {
    label: 'LRC/AARP Lighting the Way',
    title:
      'Lighting Research Center and AARP, Lighting the Way: lighting principles for older adults',
    kind: 'guidance',
    sectionPrefix: '',
    url: 'http://www.lrc.rpi.edu/programs/lightHealth/AARP/designers/lightingOlderAdults/lightingPrinciples.asp',
  },
  'workstation-evaluation': {
    label: 'Computer workstation ergonomic evaluation',
    title: 'Computer Workstation Ergonomic Evaluation (public inspection template)',
    kind: 'guidance',
    sectionPrefix: '',
    url: 'https://public-library.safetyculture.io/products/computer-workstation-ergonomic-evaluation',
  },
};

/** A country's standards: the ones that judge a visit, in the order they are consulted. */
export interface StandardProfile {
  id: ProfileId;
  country: string;
  /** How the profile reads in a sentence: `ADA 2010 with IRC 2021 for dwellings`. */
  label: string;
  /** Consulted in order; the first with a figure for the measurement judges it. */
  standards: Readonly<Record<Setting, readonly StandardId[]>>;
  /** Guidance consulted only where every standard of the profile is silent or has no figure. */
  guidance: readonly StandardId[];
}

/** Guidance every profile consults (older adults' lighting, seat-pan depth). */
const GENERAL_GUIDANCE: readonly StandardId[] = ['lrc-aarp-lighting', 'workstation-evaluation'];

const everywhere = (standards: readonly StandardId[]) => ({
  home: standards,
  workplace: standards,
  school: standards,
});

export const PROFILES: Readonly<Record<ProfileId, StandardProfile>> = {
  us: {
    id: 'us',
    country: 'United States',
    label: 'ADA 2010 with IRC 2021 for dwellings',
    // In a home the residential code comes first where it sets a figure (stairs, handrails).
    standards: { home: ['irc-2021', 'ada-2010'], workplace: ['ada-2010'], school: ['ada-2010'] },
    guidance: GENERAL_GUIDANCE,
  },
  au: {
    id: 'au',
    country: 'Australia',
    label: 'AS 1428.1:2021',
    standards: everywhere(['as-1428.1-2021']),
    guidance: GENERAL_GUIDANCE,
  },
  uk: {
    id: 'uk',
    country: 'United Kingdom',
    label: 'Approved Document M 2015 with BS 8300-2:2018',
    // Approved Document K sets the stair and ramp figures Approved Document M refers to.
    standards: everywhere(['adm-2015', 'adk-2013', 'bs-8300-2018']),
    guidance: GENERAL_GUIDANCE,
  },
  ca: {
    id: 'ca',
    country: 'Canada',
    label: 'CSA B651-18',
    standards: everywhere(['csa-b651-2018']),
    guidance: GENERAL_GUIDANCE,
  },
};

/** The profile of an organization that has not chosen one. */
export const DEFAULT_PROFILE: ProfileId = 'us';

/**
 * How a visit is judged: by a country profile, or, for a visit started before standards could be
 * chosen (no `standard` on the assessment), as it was judged then: ADA 2010 alone, with the
 * checklist version's general guidance.
 */
export type Judging = ProfileId | 'legacy';

/** The standards consulted for a visit, in order. */
export function standardsFor(judging: Judging, setting: Setting): readonly StandardId[] {
  return judging === 'legacy' ? ['ada-2010'] : PROFILES[judging].standards[setting];
}

/** The guidance consulted where the standards say nothing: `any` is version 1's general guidance. */
export function guidanceFor(judging: Judging): readonly ThresholdStandard[] {
  const named = judging === 'legacy' ? GENERAL_GUIDANCE : PROFILES[judging].guidance;
  return [...named, 'any'];
}

/** The profile as a reader sees it: `Australia: AS 1428.1:2021`. */
export function judgingName(judging: Judging): string {
  if (judging === 'legacy') return 'ADA 2010 (the figures used before a standard could be chosen)';
  const profile = PROFILES[judging];
  return `${profile.country}: ${profile.label}`;
}

/** True when the value names a country profile. */
export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && Object.hasOwn(PROFILES, value);
}
