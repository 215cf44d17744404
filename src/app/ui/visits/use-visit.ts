// Everything one visit's screens read: the visit, its client, rooms, findings, interventions,
// goals, the checklist version it was made with, the catalogue and, for a follow-up, its baseline.
import type { Checklist } from '../../../domain/checklist';
import { findChecklistVersion, latestChecklist } from '../../../domain/checklist';
import { clientDeviceOf } from '../../../domain/client-device';
import type { RecordId } from '../../../domain/ids';
import type { Catalogue } from '../../../domain/interventions';
import type {
  Assessment,
  Client,
  Finding,
  Goal,
  Intervention,
  Room,
  TypedRecord,
} from '../../../domain/records';
import type { UnitSystem } from '../../../domain/units';
import { judgingOf, settingOf, type VisitJudging } from '../../../domain/visit-judging';
import { useChecklistLibrary } from '../checklists/use-checklist-library';
import { useRecord, useRecords } from '../records';

/** The records of the visit a follow-up re-checks. */
export interface BaselineData {
  assessment: Assessment;
  rooms: Room[];
  findings: Finding[];
  interventions: Intervention[];
  goals: Goal[];
}

export interface VisitData {
  visit: Assessment;
  client: Client | undefined;
  rooms: Room[];
  findings: Finding[];
  interventions: Intervention[];
  goals: Goal[];
  checklist: Checklist | undefined;
  /** The newest version of the visit's checklist, when it is newer than the one the visit uses. */
  newerChecklist: Checklist | undefined;
  catalogue: Catalogue;
  /** The baseline of a follow-up visit; undefined for an initial visit or a baseline not on this device. */
  baseline: BaselineData | undefined;
}

export type VisitLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; data: VisitData };

const ofVisit = <R extends TypedRecord<'room' | 'finding' | 'intervention' | 'goal'>>(
  records: R[] | undefined,
  visitId: RecordId,
): R[] => (records ?? []).filter((record) => record.fields.assessmentId === visitId);

/** Loads the visit and what belongs to it; re-reads whenever records change. */
export function useVisit(visitId: RecordId): VisitLoad {
  const visit = useRecord('assessment', visitId);
  const clients = useRecords('client');
  const rooms = useRecords('room');
  const findings = useRecords('finding');
  const interventions = useRecords('intervention');
  const goals = useRecords('goal');
  const library = useChecklistLibrary();
  const baselineId = visit?.fields.baselineId;
  // Hooks run in the same order on every render, so without a baseline this reads the visit again.
  const baselineVisit = useRecord('assessment', baselineId ?? visitId);
  if (visit === null) return { state: 'missing' };
  if (
    visit === undefined ||
    library === undefined ||
    rooms === undefined ||
    findings === undefined
  ) {
    return { state: 'loading' };
  }
  const checklistId = visit.fields.checklistId ?? '';
  const version = visit.fields.checklistVersion ?? 0;
  const newest = latestChecklist(library.all, checklistId);
  return {
    state: 'ready',
    data: {
      visit,
      client: clients?.find((client) => client.id === visit.fields.clientId),
      rooms: ofVisit(rooms, visitId),
      findings: ofVisit(findings, visitId),
      interventions: ofVisit(interventions, visitId),
      goals: ofVisit(goals, visitId).sort(
        (left, right) => (left.fields.order ?? 0) - (right.fields.order ?? 0),
      ),
      checklist: findChecklistVersion(library.all, checklistId, version),
      newerChecklist: newest !== undefined && newest.version > version ? newest : undefined,
      catalogue: library.catalogue,
      baseline:
        baselineId !== undefined && baselineVisit?.id === baselineId
          ? {
              assessment: baselineVisit,
              rooms: ofVisit(rooms, baselineVisit.id),
              findings: ofVisit(findings, baselineVisit.id),
              interventions: ofVisit(interventions, baselineVisit.id),
              goals: ofVisit(goals, baselineVisit.id),
            }
          : undefined,
    },
  };
}

/** What every verdict of the visit depends on: its profile, setting, the reader's units, the client's device. */
export function visitJudging(data: VisitData, units: UnitSystem): VisitJudging {
  const device = clientDeviceOf(data.client);
  return {
    judging: judgingOf(data.visit),
    setting: settingOf(data.visit, data.checklist?.setting),
    unitSystem: units,
    ...(device === undefined ? {} : { device }),
  };
}
