// The part of a report that says which standard, edition and checklist figures judged the visit.
import type { Checklist } from './checklist';
import { type FigureChange, figureChanges } from './checklist-changes';
import { liveRecords, type RecordView } from './record-view';
import { type Judging, judgingName, PROFILES, STANDARDS, standardsFor } from './standards';
import type { UnitSystem } from './units';
import { judgingOf, readingsOf } from './visit-judging';

export interface ReportStandard {
  judging: Judging;
  /** `Australia: AS 1428.1:2021`, or the figures of a visit judged before standards were chosen. */
  name: string;
  /** The same in words for the client and family: `the Australian Standard AS 1428.1:2021`. */
  plainName: string;
  /** Every standard consulted, with its full title and edition, in order. */
  standards: string[];
  checklistVersion: number;
  /** The newer version whose figures differ for this visit's measurements; none when up to date. */
  newerVersion: number | undefined;
  changes: FigureChange[];
}

const PLAIN_NAMES: Readonly<Record<Judging, string>> = {
  legacy: 'the 2010 ADA Standards for Accessible Design',
  us: 'the 2010 ADA Standards for Accessible Design and, in homes, the International Residential Code 2021',
  au: 'the Australian Standard AS 1428.1:2021',
  uk: 'Approved Document M (2015) and the British Standard BS 8300-2:2018',
  ca: 'the Canadian Standard CSA B651-18',
};

interface StandardInput {
  assessment: RecordView;
  findings: readonly RecordView[];
  checklist: Checklist;
  newerChecklist?: Checklist;
  units: UnitSystem;
}

/** Which standard judged the visit; a signed report keeps its own figures and lists those corrected since. */
export function reportStandard(input: StandardInput): ReportStandard {
  const judging = judgingOf(input.assessment);
  const standards = standardsFor(judging, input.checklist.setting).map((id) => STANDARDS[id].title);
  const taken = new Set(
    liveRecords(input.findings).flatMap((finding) => Object.keys(readingsOf(finding))),
  );
  const newer =
    input.newerChecklist !== undefined &&
    input.newerChecklist.id === input.checklist.id &&
    input.newerChecklist.version > input.checklist.version
      ? input.newerChecklist
      : undefined;
  const changes =
    newer === undefined
      ? []
      : figureChanges(input.checklist, newer, {
          judging,
          units: input.units,
          measurementIds: taken,
        });
  return {
    judging,
    name: judgingName(judging),
    plainName: PLAIN_NAMES[judging],
    standards: judging === 'legacy' ? standards : [...standards, ...guidanceTitles(judging)],
    checklistVersion: input.checklist.version,
    newerVersion: changes.length === 0 ? undefined : newer?.version,
    changes,
  };
}

function guidanceTitles(judging: Exclude<Judging, 'legacy'>): string[] {
  return PROFILES[judging].guidance.map((id) => `${STANDARDS[id].title} (guidance)`);
}
