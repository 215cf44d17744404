import { describe, expect, it } from 'vitest';
import {
  clampToPlan,
  fitPhotoOnPlan,
  latLngToPlan,
  PLAN_HEIGHT,
  PLAN_WIDTH,
  planPins,
  planToLatLng,
  roomPath,
  unplacedPins,
} from '../../src/app/ui/floor-plan/plan-pins';
import type { FieldValues } from '../../src/domain/entities';
import type { RecordId } from '../../src/domain/ids';
import { type Finding, type Room, restoreRecord } from '../../src/domain/records';
import { recordId } from './support/sync-fixtures';

const VISIT = recordId(1);
const OTHER_VISIT = recordId(2);
const KITCHEN = recordId(10);
const BATHROOM = recordId(11);

function aRoom(id: RecordId, fields: FieldValues = {}): Room {
  return restoreRecord('room', id, { assessmentId: VISIT, name: 'Kitchen', order: 1, ...fields });
}

function aBarrier(id: RecordId, fields: FieldValues = {}): Finding {
  return restoreRecord('finding', id, {
    assessmentId: VISIT,
    roomId: KITCHEN,
    itemId: 'kitchen-reach',
    answer: 'barrier',
    ...fields,
  });
}

describe('planPins: which records get a pin', () => {
  it('gives a pin to each room of the visit that is neither deleted nor skipped', () => {
    const rooms = [
      aRoom(KITCHEN),
      aRoom(recordId(12), { name: 'Garage', skipped: true }),
      aRoom(recordId(13), { name: 'Shed', deleted: true }),
      aRoom(recordId(14), { name: 'Their hall', assessmentId: OTHER_VISIT }),
    ];
    expect(planPins(VISIT, rooms, []).map((pin) => pin.id)).toEqual([KITCHEN]);
  });

  it('lists rooms in their walking order, then by name', () => {
    const rooms = [
      aRoom(KITCHEN, { name: 'Kitchen', order: 2 }),
      aRoom(BATHROOM, { name: 'Bathroom', order: 1 }),
      restoreRecord('room', recordId(12), { assessmentId: VISIT, name: 'Attic' }),
      aRoom(recordId(13), { name: 'Lounge', order: 2 }),
    ];
    const labels = planPins(VISIT, rooms, []).map((pin) => pin.label);
    expect(labels).toEqual(['Bathroom', 'Kitchen', 'Lounge', 'Attic']);
  });

  it('gives a pin to each barrier in a room in use, and none to other answers', () => {
    const findings = [
      aBarrier(recordId(20)),
      aBarrier(recordId(21), { answer: 'ok' }),
      aBarrier(recordId(22), { answer: 'na' }),
      aBarrier(recordId(23), { deleted: true }),
    ];
    const pins = planPins(VISIT, [aRoom(KITCHEN)], findings);
    expect(pins.map((pin) => [pin.kind, pin.id])).toEqual([
      ['room', KITCHEN],
      ['barrier', recordId(20)],
    ]);
  });

  it('leaves out a barrier whose room is skipped, deleted or in another visit', () => {
    const rooms = [aRoom(KITCHEN, { skipped: true }), aRoom(BATHROOM, { deleted: true })];
    const findings = [
      aBarrier(recordId(20), { roomId: KITCHEN }),
      aBarrier(recordId(21), { roomId: BATHROOM }),
      aBarrier(recordId(22), { roomId: recordId(99) }),
    ];
    expect(planPins(VISIT, rooms, findings)).toEqual([]);
  });
});

describe('planPins: labels', () => {
  it('labels a room by its name, and a room without one as unnamed', () => {
    const rooms = [aRoom(KITCHEN, { name: '  ' })];
    expect(planPins(VISIT, rooms, [])[0]?.label).toBe('Unnamed room');
  });

  it("labels a barrier with the checklist's question and its room", () => {
    const prompts = (itemId: string) =>
      itemId === 'kitchen-reach' ? 'Can the client reach the cupboards?' : undefined;
    const pins = planPins(VISIT, [aRoom(KITCHEN)], [aBarrier(recordId(20))], prompts);
    expect(pins[1]?.label).toBe('Barrier: Can the client reach the cupboards? in Kitchen');
  });

  it('falls back to the item id while the checklist is not at hand', () => {
    const pins = planPins(VISIT, [aRoom(KITCHEN)], [aBarrier(recordId(20))]);
    expect(pins[1]?.label).toBe('Barrier: kitchen-reach in Kitchen');
  });
});

describe('planPins: positions and the unplaced list', () => {
  it('keeps a saved position and lists the pins without one as not placed yet', () => {
    const rooms = [
      aRoom(KITCHEN, { planX: 120, planY: 80 }),
      aRoom(BATHROOM, { name: 'Bath', order: 2 }),
    ];
    const findings = [aBarrier(recordId(20), { planX: 130 })];
    const pins = planPins(VISIT, rooms, findings);
    expect(pins[0]?.position).toEqual({ x: 120, y: 80 });
    expect(unplacedPins(pins).map((pin) => pin.id)).toEqual([BATHROOM, recordId(20)]);
  });
});

describe('planPins: where a pin leads', () => {
  it('opens the room of the visit', () => {
    const pins = planPins(VISIT, [aRoom(KITCHEN)], []);
    expect(pins[0]?.target).toBe(`/visits/${VISIT}/rooms/${KITCHEN}`);
  });

  it("opens a barrier's room at its item", () => {
    const pins = planPins(VISIT, [aRoom(KITCHEN)], [aBarrier(recordId(20))]);
    expect(pins[1]?.target).toBe(`/visits/${VISIT}/rooms/${KITCHEN}?item=kitchen-reach`);
  });

  it('escapes an item id that is not safe in an address', () => {
    expect(roomPath(VISIT, KITCHEN, 'a b&c')).toBe(
      `/visits/${VISIT}/rooms/${KITCHEN}?item=a%20b%26c`,
    );
  });
});

describe('plan coordinates', () => {
  it('turns a plan point into a map position and back, y running down on the plan', () => {
    expect(planToLatLng({ x: 100, y: 50 })).toEqual({ lat: PLAN_HEIGHT - 50, lng: 100 });
    expect(latLngToPlan(planToLatLng({ x: 100, y: 50 }))).toEqual({ x: 100, y: 50 });
  });

  it('keeps a dragged pin inside the plan, in whole units', () => {
    expect(clampToPlan({ x: -20, y: PLAN_HEIGHT + 5 })).toEqual({ x: 0, y: PLAN_HEIGHT });
    expect(latLngToPlan({ lat: 10.4, lng: 2000 })).toEqual({ x: PLAN_WIDTH, y: PLAN_HEIGHT - 10 });
  });

  it('fits a photo of the plan inside the plan, centred, keeping its shape', () => {
    expect(fitPhotoOnPlan(1600, 800)).toEqual({ left: 0, top: 100, width: 1000, height: 500 });
    expect(fitPhotoOnPlan(700, 1400)).toEqual({ left: 325, top: 0, width: 350, height: 700 });
  });

  it('fills the plan when the photo has no size on record', () => {
    expect(fitPhotoOnPlan(0, 0)).toEqual({
      left: 0,
      top: 0,
      width: PLAN_WIDTH,
      height: PLAN_HEIGHT,
    });
  });
});
