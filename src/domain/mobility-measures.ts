// Falls and mobility measured at each visit: falls since the last visit (how many, how many with
// an injury), the Short FES-I (concern about falling, 7 items) and Timed Up and Go. The fields live
// on the assessment; this module holds their limits, the FES-I total and the checks that refuse a
// measure with a reason before anything of it is saved.
//
// Short FES-I: Kempen GIJM, Yardley L, van Haastregt JCM, et al. The Short FES-I: a shortened
// version of the Falls Efficacy Scale-International to assess fear of falling. Age Ageing
// 2008;37:45-50. 7 items, each answered 1 (least concern) to 4 (most), total 7-28
// (research/market-2026.md §3.1). Terms of use: "available free of charge for use by researchers
// and clinicians providing they are appropriately referenced" (https://sites.manchester.ac.uk/fes-i/,
// read for market-2026.md §3.1 [V]); embedding in a sold product is not addressed [U], so the
// items' wording is not copied: they are named by number and by their activity in our own words.
//
// Timed Up and Go: Podsiadlo D, Richardson S. The timed "Up & Go": a test of basic functional
// mobility for frail elderly persons. J Am Geriatr Soc 1991;39:142-8. Seconds to stand, walk 3 m,
// turn, walk back and sit, with the usual walking aid.

/** The Short FES-I's seven items, by number, each named by its activity in our own words. */
export const FES_I_ITEMS = [
  { field: 'fesI1', label: '1. Dressing and undressing' },
  { field: 'fesI2', label: '2. Bath or shower' },
  { field: 'fesI3', label: '3. Sitting down and standing up from a chair' },
  { field: 'fesI4', label: '4. Stairs, up or down' },
  { field: 'fesI5', label: '5. Reaching overhead or to the floor' },
  { field: 'fesI6', label: '6. Walking on a slope' },
  { field: 'fesI7', label: '7. Going out to a social event' },
] as const;
export type FesIField = (typeof FES_I_ITEMS)[number]['field'];
export const FES_I_FIELDS: readonly FesIField[] = FES_I_ITEMS.map((item) => item.field);
export const FES_I_ANSWER_MIN = 1;
export const FES_I_ANSWER_MAX = 4;
export const FES_I_TOTAL_MIN = FES_I_ITEMS.length * FES_I_ANSWER_MIN;
export const FES_I_TOTAL_MAX = FES_I_ITEMS.length * FES_I_ANSWER_MAX;

/**
 * TUG limits: a time of 0 is a slip, and 10 minutes is past any test a person finishes (the
 * issue's bound); 1 s is below any published adult time (healthy adults 60-99: about 8-10 s,
 * Bohannon 2006, J Geriatr Phys Ther 29:64-8 [U]).
 */
export const TUG_SECONDS_MIN = 1;
export const TUG_SECONDS_MAX = 600;
/** The walking aid used for the TUG. */
export const TUG_AIDS = ['none', 'cane', 'crutches', 'walker', 'rollator', 'other'] as const;
export type TugAid = (typeof TUG_AIDS)[number];

/** The most falls a visit records since the last one. */
export const FALLS_MAX = 1000;

/** The seven answers' total, or undefined unless all seven are answered 1-4. */
export function fesITotal(answers: readonly (number | undefined)[]): number | undefined {
  if (answers.length !== FES_I_ITEMS.length) return undefined;
  let total = 0;
  for (const answer of answers) {
    if (!isFesIAnswer(answer)) return undefined;
    total += answer;
  }
  return total;
}

export function isFesIAnswer(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= FES_I_ANSWER_MIN &&
    value <= FES_I_ANSWER_MAX
  );
}

/**
 * Why an assessment's measures do not hold together after a write, or undefined: the FES-I items
 * are all answered with their total, or none is; falls with an injury are not more than the falls.
 */
export function measuresProblem(fields: Readonly<Record<string, unknown>>): string | undefined {
  const answers = FES_I_FIELDS.map((field) => fields[field]);
  const answered = answers.filter((answer) => answer !== undefined).length;
  const total = fields.fesTotal;
  if (answered === 0 && total === undefined) return fallsProblem(fields);
  if (answered < FES_I_ITEMS.length) {
    return `The Short FES-I has ${answered} of its ${FES_I_ITEMS.length} items answered; it is saved with all of them or none.`;
  }
  const sum = fesITotal(answers as (number | undefined)[]);
  if (sum === undefined) {
    return `Each Short FES-I item is answered ${FES_I_ANSWER_MIN} to ${FES_I_ANSWER_MAX}.`;
  }
  if (total === undefined) return `The Short FES-I is saved with its total (here ${sum}).`;
  if (total !== sum) {
    return `The Short FES-I total is ${String(total)}, but its items add up to ${sum}.`;
  }
  return fallsProblem(fields);
}

function fallsProblem(fields: Readonly<Record<string, unknown>>): string | undefined {
  const falls = fields.fallsSinceLastVisit;
  const injured = fields.fallsWithInjury;
  if (typeof injured !== 'number') return undefined;
  if (typeof falls !== 'number')
    return 'Falls with an injury are recorded with the number of falls.';
  if (injured > falls) {
    return `${injured} falls with an injury is more than the ${falls} falls recorded.`;
  }
  return undefined;
}

/** Why a typed TUG time is refused, or undefined when it can be saved. */
export function tugProblem(seconds: number): string | undefined {
  if (!Number.isFinite(seconds)) return 'Type the time in seconds.';
  if (seconds < TUG_SECONDS_MIN) {
    return `A Timed Up and Go of ${seconds} s is not possible: time it from standing up to sitting down.`;
  }
  if (seconds > TUG_SECONDS_MAX) {
    return `A Timed Up and Go over 10 minutes (${seconds} s) is not a finished test; note why instead.`;
  }
  return undefined;
}
