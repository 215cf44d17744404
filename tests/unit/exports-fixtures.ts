// A realistic home visit as export records, for the export tests: rooms (one area twice), answered
// findings with passing and failing measurements, untrusted notes, interventions of every kind,
// a goal with ratings, a photo, a comment.
import { createHash } from 'node:crypto';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import type { Checklist } from '../../src/domain/checklist';
import { findChecklistVersion } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import type {
  ChecklistLookup,
  ExportedEntity,
  ExportRecord,
} from '../../src/domain/exports/export-model';
import { derivedId } from '../../src/domain/ids';

/** A stable record id for a name used in the tests. */
export const idOf = (name: string): string => derivedId('exports-test', name);

const record = (entity: ExportedEntity, name: string, fields: FieldValues): ExportRecord => ({
  entity,
  id: idOf(name),
  fields,
});

/** The built-in checklists, as the app finds an assessment's version. */
export const lookupChecklist: ChecklistLookup = (id, version) =>
  findChecklistVersion(builtinChecklists, id, version);

/** The adult home checklist the visit was made with. */
export const adultHome: Checklist = lookupChecklist('adult-home', 1) as Checklist;

/** A note a client dictated: commas, quotes, a line break, an accent and a formula. */
export const TRICKY_NOTE = 'Door sticks, "badly" in winter;\r\nZoë says: =HYPERLINK("http://x")';
export const PHOTO_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3,
]);
export const PHOTO_SHA256 = createHash('sha256').update(PHOTO_BYTES).digest('hex');

/** One visit's records; `name` tells two visits apart. */
export function homeVisitRecords(name = 'visit'): ExportRecord[] {
  const visit = idOf(name);
  const of = (part: string) => `${name}/${part}`;
  const inVisit = { assessmentId: visit };
  return [
    record('client', 'client', {
      name: 'Zoë Lefèvre',
      dateOfBirth: '1948-02-29',
      mobilityDevice: 'manual-wheelchair',
      deviceWidthMm: 660,
      address: '12 Rue des Lilas, Apt 3',
      phone: '+1 555 0100',
    }),
    record('assessment', name, {
      clientId: idOf('client'),
      setting: 'home',
      type: 'initial',
      date: '2025-03-04',
      checklistId: 'adult-home',
      checklistVersion: 1,
      status: 'complete',
      therapistId: 'user-sam',
      therapistName: 'Sam Okafor',
      startedAt: Date.UTC(2025, 2, 4, 9, 30),
      peoplePresent: ['client', 'daughter'],
    }),
    record('room', of('entrance'), { ...inVisit, name: 'Entrance', areaId: 'entrance', order: 1 }),
    record('room', of('bath'), {
      ...inVisit,
      name: 'Bathroom',
      areaId: 'bathroom-bath-shower',
      order: 2,
    }),
    record('room', of('bedroom-1'), { ...inVisit, name: 'Bedroom 1', areaId: 'bedroom', order: 3 }),
    record('room', of('bedroom-2'), { ...inVisit, name: 'Bedroom 2', areaId: 'bedroom', order: 4 }),
    record('finding', of('door'), {
      ...inVisit,
      roomId: idOf(of('entrance')),
      itemId: 'home.entrance.door-width',
      answer: 'barrier',
      severity: 'high',
      measurements: { 'home.entrance.door-width.clear-width': 711 },
      notes: TRICKY_NOTE,
    }),
    record('finding', of('threshold'), {
      ...inVisit,
      roomId: idOf(of('entrance')),
      itemId: 'home.entrance.threshold',
      answer: 'ok',
      measurements: { 'home.entrance.threshold.height': 10 },
    }),
    record('finding', of('tub'), {
      ...inVisit,
      roomId: idOf(of('bath')),
      itemId: 'home.bath.tub-transfer',
      answer: 'barrier',
      severity: 'medium',
      notes: '-2 steps to the tub',
    }),
    record('finding', of('light-1'), {
      ...inVisit,
      roomId: idOf(of('bedroom-1')),
      itemId: 'home.bedroom.night-route',
      answer: 'barrier',
      severity: 'low',
      measurements: { 'home.bedroom.night-route.night-light': 40 },
    }),
    record('finding', of('phone-2'), {
      ...inVisit,
      roomId: idOf(of('bedroom-2')),
      itemId: 'home.bedroom.phone',
      answer: 'na',
    }),
    record('intervention', of('bench'), {
      ...inVisit,
      findingId: idOf(of('tub')),
      title: 'Tub transfer bench',
      category: 'assistive-equipment',
      priority: 'high',
      provider: 'equipment-supplier',
      costMin: 80,
      costMax: 150,
      currency: 'USD',
      fundingSource: 'Medicaid waiver',
      status: 'ordered',
    }),
    record('intervention', of('widen'), {
      ...inVisit,
      findingId: idOf(of('door')),
      title: 'Widen the entrance door, offset hinges',
      category: 'home-modification',
      priority: 'medium',
      provider: 'licensed-contractor',
      responsible: 'Landlord, "Acme Homes"',
      costMin: 2000,
      costMax: 4000,
      currency: 'USD',
      status: 'recommended',
    }),
    record('intervention', of('night-lights'), {
      ...inVisit,
      findingId: idOf(of('light-1')),
      title: 'Teach a lit route to the toilet at night',
      category: 'education',
      priority: 'low',
      provider: 'occupational-therapist',
      status: 'approved',
    }),
    record('intervention', of('physio'), {
      ...inVisit,
      findingId: idOf(of('tub')),
      title: 'Referral to physiotherapy for transfers',
      category: 'referral',
      priority: 'high',
      provider: 'health-professional',
      status: 'recommended',
    }),
    record('goal', of('shower'), {
      ...inVisit,
      clientId: idOf('client'),
      activity: 'Shower without help',
      activityKind: 'bathing',
      order: 1,
      importance: 9,
      performanceBaseline: 3,
      satisfactionBaseline: 2,
    }),
    record('photo', of('door-photo'), {
      ...inVisit,
      ownerEntity: 'finding',
      ownerId: idOf(of('door')),
      sha256: PHOTO_SHA256,
      mimeType: 'image/png',
      byteSize: PHOTO_BYTES.byteLength,
      width: 1,
      height: 1,
      caption: 'Entrance door',
    }),
    record('comment', of('comment'), {
      ...inVisit,
      targetEntity: 'finding',
      targetId: idOf(of('door')),
      text: 'Check the door swing too.',
      authorId: 'user-rita',
      authorName: 'Rita Reviewer',
      writtenAt: Date.UTC(2025, 2, 5),
    }),
  ];
}

/** The records of one entity, as a `RecordSource` reads them. */
export function sourceOf(records: readonly ExportRecord[]) {
  return (entity: ExportedEntity) => records.filter((candidate) => candidate.entity === entity);
}
