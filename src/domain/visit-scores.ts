// A visit's scores: the HOME FAST hazard count, the CDC STEADI areas with hazards, and a
// person-environment fit score; the same rules at baseline and follow-up so the two compare.
import { type Checklist, findItem, type Item, type Severity } from './checklist';
import { CDC_AREAS } from './crosswalk';
import { bearsOn, type Limitation, limitationsOf } from './functional-limitations';
import { isFlagSet, liveRecords, oneOfField, type RecordView, textField } from './record-view';
import { SEVERITIES } from './vocabulary';

/** HOME FAST has 25 items; its score is the number of them found to be a hazard (0 to 25). */
export const HOME_FAST_ITEMS = 25;

/** What each barrier severity weighs in the fit score (our own weights). */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3 };
/** A barrier with no severity weighs as medium. */
const UNRATED_WEIGHT = SEVERITY_WEIGHTS.medium;

export interface HomeFastScore {
  /** HOME FAST items with at least one barrier among the checklist items tagged with it. */
  hazards: number;
  /** HOME FAST items with at least one answered checklist item (N/A included). */
  answered: number;
}

export interface CdcArea {
  area: (typeof CDC_AREAS)[number];
  hazards: number;
}

export interface FitScore {
  score: number;
  /** Barriers that bear on at least one of the client's limitations. */
  barriers: number;
  limitations: string[];
}

export interface VisitScores {
  /** Undefined when the checklist has no HOME FAST items (workplace, school, child). */
  homeFast: HomeFastScore | undefined;
  /** The CDC Check for Safety areas with at least one hazard, in the brochure's order. */
  cdcAreas: CdcArea[];
  /** Undefined when the client has no recorded limitation or device. */
  fit: FitScore | undefined;
}

export interface ScoredVisit {
  rooms: readonly RecordView[];
  findings: readonly RecordView[];
  client: RecordView | undefined;
  /** The checklist whose tags score: the newest version, so old visits score by corrected tags. */
  checklist: Checklist;
}

interface AnsweredItem {
  item: Item;
  answer: 'ok' | 'barrier' | 'na';
  severity: Severity | undefined;
}

function answeredItems(visit: ScoredVisit): AnsweredItem[] {
  const checked = new Set(
    liveRecords(visit.rooms)
      .filter((room) => !isFlagSet(room, 'skipped'))
      .map((room) => room.id),
  );
  return liveRecords(visit.findings).flatMap((finding) => {
    const answer = oneOfField(finding, 'answer', ['ok', 'barrier', 'na'] as const);
    const item = findItem(visit.checklist, textField(finding, 'itemId') ?? '');
    if (answer === undefined || item === undefined) return [];
    if (!checked.has(textField(finding, 'roomId') ?? '')) return [];
    return [{ item, answer, severity: oneOfField(finding, 'severity', SEVERITIES) }];
  });
}

/** The HOME FAST count: an instrument item is a hazard if any checklist item tagged with it is. */
function homeFastScore(answered: readonly AnsweredItem[]): HomeFastScore | undefined {
  const tagged = answered.filter((entry) => entry.item.crosswalk.homeFast !== undefined);
  if (tagged.length === 0) return undefined;
  const numbers = (entries: readonly AnsweredItem[]) =>
    new Set(entries.map((entry) => entry.item.crosswalk.homeFast)).size;
  return {
    hazards: numbers(tagged.filter((entry) => entry.answer === 'barrier')),
    answered: numbers(tagged),
  };
}

function cdcAreas(answered: readonly AnsweredItem[]): CdcArea[] {
  return CDC_AREAS.flatMap((area) => {
    const hazards = answered.filter(
      (entry) => entry.answer === 'barrier' && entry.item.crosswalk.cdc === area,
    ).length;
    return hazards === 0 ? [] : [{ area, hazards }];
  });
}

/**
 * The person-environment fit score: each barrier weighs its severity (low 1, medium 2, high 3)
 * once for every one of the client's limitations it bears on; higher means a poorer fit.
 */
function fitScore(
  answered: readonly AnsweredItem[],
  limitations: readonly Limitation[],
): FitScore | undefined {
  if (limitations.length === 0) return undefined;
  let score = 0;
  let barriers = 0;
  for (const entry of answered) {
    if (entry.answer !== 'barrier') continue;
    const bearing = limitations.filter((limitation) => bearsOn(limitation, entry.item)).length;
    if (bearing === 0) continue;
    barriers += 1;
    score +=
      bearing * (entry.severity === undefined ? UNRATED_WEIGHT : SEVERITY_WEIGHTS[entry.severity]);
  }
  return { score, barriers, limitations: limitations.map((limitation) => limitation.id) };
}

/** Every score of one visit. */
export function scoreVisit(visit: ScoredVisit): VisitScores {
  const answered = answeredItems(visit);
  return {
    homeFast: homeFastScore(answered),
    cdcAreas: cdcAreas(answered),
    fit: fitScore(answered, limitationsOf(visit.client)),
  };
}
