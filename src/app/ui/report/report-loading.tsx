// What every printed report of a visit needs before it renders, written once: the visit with its
// photos and amendments loaded (or why not), the report model's input, and when every photo is
// decoded or known missing, so Print is offered only then.
import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import type { RecordView } from '../../../domain/record-view';
import type { Amendment, Photo } from '../../../domain/records';
import type { ReportInput } from '../../../domain/report';
import type { UnitSystem } from '../../../domain/units';
import { useRecords, useUnits } from '../records';
import { ScreenFrame } from '../screens/screen-frame';
import { useVisit, type VisitData } from '../visits/use-visit';

/** A visit whose checklist is on the device, with what a report adds to it. */
export interface LoadedReport {
  data: VisitData & { checklist: NonNullable<VisitData['checklist']> };
  photos: Photo[];
  amendments: Amendment[];
  units: UnitSystem;
}

/** The visit's photos and amendments besides what useVisit loads; undefined while loading. */
export function useReportRecords(data: VisitData | undefined) {
  const photos = useRecords('photo');
  const amendments = useRecords('amendment');
  if (data === undefined || photos === undefined || amendments === undefined) return undefined;
  const owners = new Set<string>([...data.rooms, ...data.findings].map((record) => record.id));
  const ofVisit = (record: RecordView) =>
    record.fields.assessmentId === data.visit.id ||
    (typeof record.fields.ownerId === 'string' && owners.has(record.fields.ownerId));
  return {
    photos: photos.filter(ofVisit),
    amendments: amendments.filter((amendment) => amendment.fields.assessmentId === data.visit.id),
  };
}

/** Renders `children` once the visit, its photos, amendments, checklist and units are loaded. */
export function ReportLoader({
  assessmentId,
  children,
}: {
  assessmentId: RecordId;
  children: (loaded: LoadedReport) => ComponentChildren;
}) {
  const load = useVisit(assessmentId);
  const [units] = useUnits();
  const data = load.state === 'ready' ? load.data : undefined;
  const extra = useReportRecords(data);
  if (load.state === 'missing') {
    return <ScreenFrame title="Report">This assessment is not on this device.</ScreenFrame>;
  }
  if (data === undefined || extra === undefined || units === undefined) {
    return <ScreenFrame title="Report">Loading…</ScreenFrame>;
  }
  if (data.checklist === undefined) {
    return (
      <ScreenFrame title="Report">
        The checklist of this assessment is not on this device.
      </ScreenFrame>
    );
  }
  return <>{children({ data: { ...data, checklist: data.checklist }, ...extra, units })}</>;
}

/** The report model's input for a loaded visit, with lengths in `units`. */
export function reportInputOf(loaded: LoadedReport, units: UnitSystem = loaded.units): ReportInput {
  const { data, photos, amendments } = loaded;
  return {
    assessment: data.visit,
    client: data.client,
    rooms: data.rooms,
    findings: data.findings,
    interventions: data.interventions,
    goals: data.goals,
    photos,
    amendments,
    checklist: data.checklist,
    catalogue: data.catalogue,
    units,
    ...(data.newerChecklist === undefined ? {} : { newerChecklist: data.newerChecklist }),
  };
}

/** Counts the report's photos as each is decoded or known missing; ready when all are. */
export function usePhotoReadiness(photoIds: readonly string[]) {
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  const onPhotoSettled = useCallback(
    (photoId: string) =>
      setSettled((previous) =>
        previous.has(photoId) ? previous : new Set([...previous, photoId]),
      ),
    [],
  );
  const settledCount = photoIds.filter((photoId) => settled.has(photoId)).length;
  return { onPhotoSettled, settledCount, isReady: settledCount === photoIds.length };
}
