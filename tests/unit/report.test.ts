// The report model: details, findings by room with measurements and photos, costs, sign-off, amendments.
import { describe, expect, it } from 'vitest';
import type { Checklist, Item } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import type { RecordView } from '../../src/domain/record-view';
import { buildReport, type ReportInput, roomsShown } from '../../src/domain/report';
import { item, room } from './support/visit-fixtures';

const DOOR_WIDTH = 'entry.door-width.clear-width';

/** A door item measured for clear width against ADA 2010's 32 in (812.8 mm) minimum. */
function doorItem(): Item {
  return {
    ...item('entry.door-width', ['getting-in-and-out']),
    measurements: [
      {
        id: DOOR_WIDTH,
        label: 'Clear width',
        kind: 'length',
        thresholds: [
          {
            standard: 'ada-2010',
            min: { value: 812.8, printed: '32 in' },
            section: '404.2.3',
            source: 'https://example.org/ada-404',
            evidence: 'verified',
          },
        ],
        deviceCheck: {
          dimension: 'widthMm',
          rule: 'at-least',
          allowanceMm: 50.8,
          allowanceName: 'hand clearance',
          appliesTo: ['manual-wheelchair'],
          basis: 'Room for hands on the push rims.',
        },
      },
    ],
  };
}

const checklist: Checklist = {
  id: 'test-home',
  version: 3,
  title: 'Test home',
  setting: 'home',
  ageGroup: 'adult',
  areas: [
    { id: 'entry', name: 'Entry', items: [doorItem(), item('entry.light', ['moving-about'])] },
    { id: 'bathroom', name: 'Bathroom', items: [item('bath.rail', ['toileting'])] },
  ],
};

const record = (id: string, fields: FieldValues): RecordView => ({ id, fields });

const finding = (id: string, roomId: string, itemId: string, fields: FieldValues) =>
  record(id, { roomId, itemId, ...fields });

const photo = (id: string, ownerId: string, fields: FieldValues = {}) =>
  record(id, { ownerId, sha256: id.repeat(64).slice(0, 64), takenAt: 1, ...fields });

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    assessment: record('visit-1', {
      date: '2025-01-06',
      setting: 'home',
      type: 'initial',
      therapistName: 'Dana Okafor',
      peoplePresent: ['Client', 'Daughter'],
      consentRecorded: true,
      status: 'draft',
    }),
    client: record('client-1', {
      name: 'Mary Jones',
      mobilityDevice: 'manual-wheelchair',
      deviceWidthMm: 660.4,
    }),
    rooms: [room('bath', 'bathroom', 2), room('front', 'entry', 1, { name: 'Front entry' })],
    findings: [],
    interventions: [],
    goals: [],
    photos: [],
    amendments: [],
    checklist,
    units: 'imperial',
    ...overrides,
  };
}

describe('details', () => {
  it('carries the client, the visit and the checklist it was made with', () => {
    const report = buildReport(input());
    expect(report.client).toMatchObject({ name: 'Mary Jones', firstName: 'Mary' });
    expect(report.visit).toMatchObject({
      date: '2025-01-06',
      therapistName: 'Dana Okafor',
      peoplePresent: ['Client', 'Daughter'],
      isConsentRecorded: true,
      checklistTitle: 'Test home',
      checklistVersion: 3,
    });
  });

  it('is a draft until completed, and names who signed it off and when', () => {
    expect(buildReport(input()).signOff).toEqual({ state: 'draft' });
    const signed = record('visit-1', {
      status: 'signed',
      signedByName: 'Sam Reviewer',
      signedAt: 1_736_000_000_000,
      completedByName: 'Dana Okafor',
    });
    expect(buildReport(input({ assessment: signed })).signOff).toEqual({
      state: 'signed',
      byName: 'Sam Reviewer',
      at: 1_736_000_000_000,
    });
    const complete = record('visit-1', { status: 'complete', completedByName: 'Dana Okafor' });
    expect(buildReport(input({ assessment: complete })).signOff).toMatchObject({
      state: 'complete',
      byName: 'Dana Okafor',
    });
  });
});

describe('rooms and items', () => {
  it('lists rooms in visit order with their answered items in checklist order', () => {
    const findings = [
      finding('light', 'front', 'entry.light', { answer: 'ok' }),
      finding('door', 'front', 'entry.door-width', { answer: 'barrier', severity: 'high' }),
      finding('rail', 'bath', 'bath.rail', { answer: 'na', severity: 'low' }),
      finding('open', 'bath', 'bath.rail', {}),
    ];
    const { rooms } = buildReport(input({ findings }));
    expect(rooms.map((entry) => entry.name)).toEqual(['Front entry', 'bath']);
    expect(rooms[0]?.items.map((entry) => [entry.itemId, entry.answer, entry.severity])).toEqual([
      ['entry.door-width', 'barrier', 'high'],
      ['entry.light', 'ok', undefined],
    ]);
    expect(rooms[1]?.items.map((entry) => entry.answer)).toEqual(['na']);
  });

  it('keeps each photo with its item and leaves out deleted photos', () => {
    const findings = [finding('door', 'front', 'entry.door-width', { answer: 'barrier' })];
    const photos = [
      photo('b', 'door', { takenAt: 2, caption: 'Door from outside' }),
      photo('a', 'door', { takenAt: 1 }),
      photo('c', 'door', { deleted: true }),
      photo('d', 'front'),
    ];
    const [front] = buildReport(input({ findings, photos })).rooms;
    expect(front?.items[0]?.photos.map((entry) => [entry.photoId, entry.caption])).toEqual([
      ['a', undefined],
      ['b', 'Door from outside'],
    ]);
    expect(front?.photos.map((entry) => entry.photoId)).toEqual(['d']);
  });

  it('counts what is still unanswered and shows no items for a skipped room', () => {
    const rooms = [room('front', 'entry', 1), room('bath', 'bathroom', 2, { skipped: true })];
    const findings = [finding('rail', 'bath', 'bath.rail', { answer: 'barrier' })];
    const report = buildReport(input({ rooms, findings }));
    expect(report.unansweredCount).toBe(2);
    expect(report.rooms[1]).toMatchObject({ isSkipped: true, items: [] });
  });
});

describe('measurements', () => {
  const measured = (widthMm: number, units: ReportInput['units'] = 'imperial') => {
    const findings = [
      finding('door', 'front', 'entry.door-width', {
        answer: 'barrier',
        measurements: { [DOOR_WIDTH]: widthMm },
      }),
    ];
    return buildReport(input({ findings, units })).rooms[0]?.items[0]?.measurements[0];
  };

  it('shows the value in the reader units against the standard figure, failing', () => {
    expect(measured(711.2)).toMatchObject({
      label: 'Clear width',
      value: '28"',
      status: 'fail',
      requirement: '32" minimum (ADA 2010 §404.2.3)',
    });
    expect(measured(711.2, 'metric')?.value).toBe('711 mm');
  });

  it('says it plainly, with what the client own wheelchair needs', () => {
    expect(measured(711.2)?.plainSentence).toBe(
      'The clear width is 28"; it should be at least 32". Mary\'s wheelchair needs at least 28" (its width of 26" plus 2" for hand clearance).',
    );
  });

  it('says plainly when a figure is met', () => {
    const client = record('client-1', { name: 'Mary Jones' });
    const findings = [
      finding('door', 'front', 'entry.door-width', {
        answer: 'ok',
        measurements: { [DOOR_WIDTH]: 863.6 },
      }),
    ];
    const [item] = buildReport(input({ client, findings })).rooms[0]?.items ?? [];
    expect(item?.measurements[0]?.plainSentence).toBe(
      'The clear width is 34". At least 32" is recommended, so this is fine.',
    );
  });
});

describe('scope of works and chart', () => {
  it('totals costs per currency and counts barriers per room by priority', () => {
    const findings = [
      finding('door', 'front', 'entry.door-width', { answer: 'barrier', severity: 'high' }),
      finding('light', 'front', 'entry.light', { answer: 'barrier' }),
      finding('rail', 'bath', 'bath.rail', { answer: 'barrier', severity: 'low' }),
    ];
    const interventions = [
      record('ramp', { findingId: 'door', title: 'Ramp', costMin: 100, costMax: 300 }),
      record('bar', { findingId: 'rail', title: 'Grab bar', costMin: 50, currency: 'AUD' }),
    ];
    const report = buildReport(input({ findings, interventions }));
    expect(report.totalCost).toEqual([
      { currency: undefined, min: 100, max: 300 },
      { currency: 'AUD', min: 50, max: 50 },
    ]);
    expect(report.barrierCount).toBe(3);
    expect(report.barrierChart).toEqual([
      { id: 'front', label: 'Front entry', high: 1, medium: 0, low: 0, unrated: 1 },
      { id: 'bath', label: 'bath', high: 0, medium: 0, low: 1, unrated: 0 },
    ]);
  });
});

describe('amendments', () => {
  it('lists who changed what after sign-off, why, and each field before and after', () => {
    const interventions = [record('bar', { findingId: 'rail', title: 'Grab bar' })];
    const amendments = [
      record('later', { authorName: 'Dana Okafor', startedAt: 20, reason: 'Second thoughts' }),
      record('first', {
        authorName: 'Dana Okafor',
        startedAt: 10,
        reason: 'Quote arrived',
        changes: [
          { entity: 'intervention', id: 'bar', field: 'costMin', before: null, after: 180 },
          { entity: 'client', id: 'client-1', field: 'fallRisk', before: 'low', after: 'high' },
        ],
      }),
    ];
    const [first, later] = buildReport(input({ interventions, amendments })).amendments;
    expect(later?.reason).toBe('Second thoughts');
    expect(first).toEqual({
      amendmentId: 'first',
      authorName: 'Dana Okafor',
      at: 10,
      reason: 'Quote arrived',
      changes: [
        {
          target: 'Recommendation "Grab bar"',
          field: 'Cost from',
          before: '(empty)',
          after: '180',
        },
        { target: 'Client', field: 'Fall risk', before: 'low', after: 'high' },
      ],
    });
  });
});

describe('rooms each variant shows', () => {
  it('gives the family only the rooms with barriers and only their barriers', () => {
    const findings = [
      finding('door', 'front', 'entry.door-width', { answer: 'barrier' }),
      finding('light', 'front', 'entry.light', { answer: 'ok' }),
      finding('rail', 'bath', 'bath.rail', { answer: 'ok' }),
    ];
    const report = buildReport(input({ findings }));
    const plain = roomsShown(report, 'plain');
    expect(plain.map((shown) => [shown.room.name, shown.items.length, shown.fineCount])).toEqual([
      ['Front entry', 1, 1],
    ]);
    expect(roomsShown(report, 'clinical').map((shown) => shown.items.length)).toEqual([2, 1]);
  });
});
