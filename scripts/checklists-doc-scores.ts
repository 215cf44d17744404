// The score and fall-risk rules of docs/checklists.md, written from the constants the code uses.
import {
  FALL_RISK_RAISE_REASON,
  HIGH_RISK_FALL_COUNT,
  STEADI_QUESTIONS,
} from '../src/domain/fall-risk';
import { LIMITATIONS, type Limitation } from '../src/domain/functional-limitations';
import { HOME_FAST_ITEMS, SEVERITY_WEIGHTS } from '../src/domain/visit-scores';

/** The fall-risk and score sections, as Markdown lines. */
export function scoreRuleLines(): string[] {
  return [
    '## Fall risk',
    '',
    'The client profile asks the three key questions of the CDC STEADI screening algorithm, in our',
    'own words (https://www.cdc.gov/steadi/, US federal work):',
    '',
    ...STEADI_QUESTIONS.map(({ question }) => `- ${question}`),
    '',
    "The therapist's own grading (after gait, strength and balance tests) stands. Otherwise a yes",
    `to any question screens at risk; ${HIGH_RISK_FALL_COUNT} or more falls in the past year make it high, as in the`,
    "three-level STEADI algorithm (secondary: read in Lohman et al. 2017, which applied the algorithm's",
    'low, moderate and high levels, https://pmc.ncbi.nlm.nih.gov/articles/PMC5729578/; confirm the',
    'levels in the current CDC algorithm, which also counts a fall with injury as high). Three noes',
    'with no recorded fall screen not at risk.',
    '',
    'For a client at high fall risk, a new barrier on an item marked fall-related starts at high',
    'severity, and its recommendations at high priority, with the reason shown on the item:',
    `"${FALL_RISK_RAISE_REASON}" The figure is the Cochrane review's rate ratio for home`,
    'fall-hazard reduction in people selected for higher fall risk (Clemson et al. 2023, RaR 0.62,',
    '95% CI 0.56 to 0.70; 1.05 in people not selected for risk; https://pmc.ncbi.nlm.nih.gov/articles/PMC9998238/).',
    'The therapist may lower it; it then no longer reads as raised.',
    '',
    "## Children's age bands",
    '',
    "A child's date of birth on the profile gives their age in whole years, counted in calendar",
    'dates where the device is (never the UTC date), and chooses the age band of the ADA 2010',
    "advisory children's figures (308.1 reach, 604.9 toilets): 3 and 4, 5 to 8, or 9 to 12 years.",
    'The band is saved on the finding with the first reading; the therapist may choose another.',
    'Outside 3 to 12 years ADA gives no figure and the therapist chooses.',
    '',
    '## Scores',
    '',
    'Each visit is scored by the same rules, so a follow-up compares with its baseline. Only rooms',
    'that were checked count. A visit made with an older checklist version is scored by the tags',
    'of the newest version (item ids never change), so a HOME FAST count never uses a wrong number.',
    '',
    `- **HOME FAST hazard count (0 to ${HOME_FAST_ITEMS}).** HOME FAST (Mackenzie, Byles and Higginbotham 2000) scores`,
    '  each of its 25 items as a hazard or not. Several of our items may carry one HOME FAST',
    '  number (the crosswalk above); that HOME FAST item counts as a hazard when any of them is a',
    '  barrier, and as answered when any is answered (not applicable included). This is our',
    "  checklist read through HOME FAST's numbering, not the instrument itself, whose wording and",
    '  item definitions are not reproduced.',
    '- **CDC STEADI areas with hazards.** The areas of the CDC "Check for Safety" brochure (Floors;',
    '  Stairs and steps; Kitchen; Bedrooms; Bathrooms; Other things you can do) with the number of',
    '  barriers tagged with each.',
    '- **Person-environment fit.** In the manner of the Housing Enabler (Iwarsson and Slaug), which',
    "  crosses a person's functional limitations with the barriers found, in our own words and",
    `  weights: each barrier weighs its severity (low ${SEVERITY_WEIGHTS.low}, medium ${SEVERITY_WEIGHTS.medium}, high ${SEVERITY_WEIGHTS.high}; unrated as medium)`,
    "  once for every one of the client's limitations it bears on, and the score is the sum; higher",
    '  means a poorer fit. It is not a Housing Enabler score and does not compare with one. The',
    '  limitations, and the barriers each bears on:',
    '',
    ...LIMITATIONS.map(
      (limitation) =>
        `  - ${limitation.label}${limitation.fromDevice ? ' (from the mobility device)' : ''}: ${reachWords(limitation)}`,
    ),
    '',
  ];
}

/** Which barriers a limitation bears on, in words: `fall-related items; cooking, grooming.` */
function reachWords(limitation: Limitation): string {
  const parts = [
    ...(limitation.fallRelated ? ['fall-related items'] : []),
    ...limitation.activities.map((activity) => activity.replaceAll('-', ' ')),
  ];
  return `${parts.join(', ')}.`;
}
