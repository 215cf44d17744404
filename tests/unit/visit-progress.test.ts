// Visit progress: per-room and whole-visit counts, room order and the guided next/previous item.
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import type { RecordView } from '../../src/domain/record-view';
import {
  findingFor,
  nextStep,
  orderedRooms,
  previousStep,
  roomItems,
  roomProgress,
  unansweredItems,
  visitProgress,
} from '../../src/domain/visit-progress';
import { item, room } from './support/visit-fixtures';

const checklist: Checklist = {
  id: 'test-home',
  version: 1,
  title: 'Test home',
  setting: 'home',
  ageGroup: 'adult',
  areas: [
    {
      id: 'bathroom',
      name: 'Bathroom',
      items: [
        item('bath.shower-entry', ['bathing']),
        item('bath.grab-bar', ['bathing', 'toileting']),
        item('bath.toilet-height', ['toileting']),
      ],
    },
    {
      id: 'bedroom',
      name: 'Bedroom',
      items: [item('bed.height', ['sleeping']), item('bed.light', ['sleeping', 'moving-about'])],
    },
  ],
};

function finding(roomId: string, itemId: string, fields: FieldValues = {}): RecordView {
  return { id: `finding:${roomId}:${itemId}`, fields: { roomId, itemId, answer: 'ok', ...fields } };
}

const bathroom = room('bathroom-1', 'bathroom', 1);
const ensuite = room('bathroom-2', 'bathroom', 2);
const bedroom = room('bedroom-1', 'bedroom', 3);

describe('room items and progress', () => {
  it("lists the items of the room's area in checklist order", () => {
    expect(roomItems(bedroom, checklist).map((entry) => entry.id)).toEqual([
      'bed.height',
      'bed.light',
    ]);
  });

  it('has no items for a room whose area the checklist lacks', () => {
    expect(roomItems(room('shed', 'shed', 1), checklist)).toEqual([]);
  });

  it('counts each of two bathrooms by its own findings', () => {
    const findings = [
      finding('bathroom-1', 'bath.shower-entry'),
      finding('bathroom-1', 'bath.grab-bar'),
      finding('bathroom-2', 'bath.toilet-height'),
    ];
    expect(roomProgress(bathroom, checklist, findings)).toMatchObject({ answered: 2, total: 3 });
    expect(roomProgress(ensuite, checklist, findings)).toMatchObject({ answered: 1, total: 3 });
  });

  it('does not count a finding without an answer', () => {
    const findings = [finding('bathroom-1', 'bath.grab-bar', { answer: null, notes: 'Later' })];
    expect(roomProgress(bathroom, checklist, findings).answered).toBe(0);
  });

  it('ignores deleted findings', () => {
    const findings = [finding('bathroom-1', 'bath.grab-bar', { deleted: true })];
    expect(roomProgress(bathroom, checklist, findings).answered).toBe(0);
  });

  it('reports a skipped room as skipped and complete', () => {
    const skipped = room('bathroom-1', 'bathroom', 1, { skipped: true });
    expect(roomProgress(skipped, checklist, [])).toEqual({
      answered: 0,
      total: 3,
      isSkipped: true,
      isComplete: true,
    });
  });

  it("lists a room's unanswered items", () => {
    const findings = [finding('bathroom-1', 'bath.grab-bar')];
    expect(unansweredItems(bathroom, checklist, findings).map((entry) => entry.id)).toEqual([
      'bath.shower-entry',
      'bath.toilet-height',
    ]);
  });
});

describe('visit progress', () => {
  it('leaves skipped rooms out of the item totals but counts them as done', () => {
    const skippedEnsuite = room('bathroom-2', 'bathroom', 2, { skipped: true });
    const findings = [finding('bedroom-1', 'bed.height'), finding('bedroom-1', 'bed.light')];
    expect(visitProgress([bathroom, skippedEnsuite, bedroom], checklist, findings)).toEqual({
      answered: 2,
      total: 5,
      roomsDone: 2,
      roomsTotal: 3,
      roomsSkipped: 1,
    });
  });

  it('ignores deleted rooms', () => {
    const deleted = room('bathroom-2', 'bathroom', 2, { deleted: true });
    expect(visitProgress([bedroom, deleted], checklist, [])).toMatchObject({
      total: 2,
      roomsTotal: 1,
    });
  });
});

describe('room order', () => {
  it('orders rooms by order, then name, with unordered rooms last and deleted ones left out', () => {
    const rooms = [
      { id: 'c', fields: { name: 'Garage' } },
      room('Kitchen', 'kitchen', 2),
      room('Bedroom', 'bedroom', 2),
      room('Hall', 'hallway', 1),
      room('Old', 'hallway', 0, { deleted: true }),
    ];
    expect(orderedRooms(rooms).map((entry) => entry.fields.name)).toEqual([
      'Hall',
      'Bedroom',
      'Kitchen',
      'Garage',
    ]);
  });
});

describe('the guided next and previous item', () => {
  const rooms = [bedroom, ensuite, bathroom];

  it('starts at the first unanswered item of the first room', () => {
    const findings = [finding('bathroom-1', 'bath.shower-entry')];
    expect(nextStep(rooms, checklist, findings)).toEqual({
      roomId: 'bathroom-1',
      itemId: 'bath.grab-bar',
    });
  });

  it('passes over answered items after the current position', () => {
    const findings = [finding('bathroom-1', 'bath.grab-bar')];
    const position = { roomId: 'bathroom-1', itemId: 'bath.shower-entry' };
    expect(nextStep(rooms, checklist, findings, position)).toEqual({
      roomId: 'bathroom-1',
      itemId: 'bath.toilet-height',
    });
  });

  it('wraps from the last room back to the first', () => {
    const findings = [finding('bedroom-1', 'bed.light')];
    const position = { roomId: 'bedroom-1', itemId: 'bed.height' };
    expect(nextStep(rooms, checklist, findings, position)).toEqual({
      roomId: 'bathroom-1',
      itemId: 'bath.shower-entry',
    });
  });

  it('passes over skipped rooms', () => {
    const skippedEnsuite = room('bathroom-2', 'bathroom', 2, { skipped: true });
    const position = { roomId: 'bathroom-1', itemId: 'bath.toilet-height' };
    expect(nextStep([bathroom, skippedEnsuite, bedroom], checklist, [], position)).toEqual({
      roomId: 'bedroom-1',
      itemId: 'bed.height',
    });
  });

  it('starts at its own room when the position names an item the room does not have', () => {
    const position = { roomId: 'bedroom-1', itemId: 'bath.grab-bar' };
    expect(nextStep(rooms, checklist, [], position)).toEqual({
      roomId: 'bedroom-1',
      itemId: 'bed.height',
    });
  });

  it('has no next step when every item is answered', () => {
    const findings = rooms.flatMap((entry) =>
      roomItems(entry, checklist).map((each) => finding(entry.id, each.id)),
    );
    expect(nextStep(rooms, checklist, findings)).toBeUndefined();
  });

  it('goes back to the nearest earlier unanswered item, wrapping to the last room', () => {
    const findings = [finding('bedroom-1', 'bed.light')];
    const position = { roomId: 'bathroom-1', itemId: 'bath.shower-entry' };
    expect(previousStep(rooms, checklist, findings, position)).toEqual({
      roomId: 'bedroom-1',
      itemId: 'bed.height',
    });
  });
});

describe('finding for an item', () => {
  it('finds the live finding of one item in one room', () => {
    const findings = [
      finding('bathroom-1', 'bath.grab-bar', { deleted: true }),
      finding('bathroom-2', 'bath.grab-bar', { answer: 'barrier' }),
    ];
    expect(findingFor(findings, 'bathroom-1', 'bath.grab-bar')).toBeUndefined();
    expect(findingFor(findings, 'bathroom-2', 'bath.grab-bar')?.fields.answer).toBe('barrier');
  });

  it('prefers an answered finding when two devices made one each', () => {
    const blank = { id: 'blank', fields: { roomId: 'bathroom-1', itemId: 'bath.grab-bar' } };
    const answered = { ...finding('bathroom-1', 'bath.grab-bar'), id: 'answered' };
    expect(findingFor([blank, answered], 'bathroom-1', 'bath.grab-bar')?.id).toBe('answered');
  });
});
