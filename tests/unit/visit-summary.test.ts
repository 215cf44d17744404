// The visit summary: barriers by priority and room, scope of works and costs, goals, gaps.
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import type { Catalogue } from '../../src/domain/interventions';
import type { RecordView } from '../../src/domain/record-view';
import { summarizeVisit, type VisitRecords } from '../../src/domain/visit-summary';
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
      items: [item('bath.shower-entry', ['bathing']), item('bath.toilet-height', ['toileting'])],
    },
    {
      id: 'bedroom',
      name: 'Bedroom',
      items: [item('bed.height', ['sleeping']), item('bed.light', ['sleeping', 'moving-about'])],
    },
  ],
};

function barrier(id: string, roomId: string, itemId: string, fields: FieldValues = {}): RecordView {
  return { id, fields: { roomId, itemId, answer: 'barrier', ...fields } };
}

function goal(id: string, fields: FieldValues): RecordView {
  return { id, fields };
}

function intervention(id: string, fields: FieldValues): RecordView {
  return { id, fields: { title: id, ...fields } };
}

const bathroom = room('Bathroom', 'bathroom', 1);
const bedroom = room('Bedroom', 'bedroom', 2);

function summarize(records: Partial<VisitRecords>) {
  return summarizeVisit({
    rooms: [bathroom, bedroom],
    findings: [],
    interventions: [],
    goals: [],
    checklist,
    ...records,
  });
}

describe('barriers', () => {
  it('lists each barrier with its prompt, room and activities, in room order', () => {
    const findings = [
      barrier('bed', 'Bedroom', 'bed.light', { severity: 'low', notes: 'Switch by the door' }),
      barrier('shower', 'Bathroom', 'bath.shower-entry'),
      { id: 'ok', fields: { roomId: 'Bathroom', itemId: 'bath.toilet-height', answer: 'ok' } },
    ];
    const { barriers } = summarize({ findings });
    expect(barriers.map((entry) => entry.findingId)).toEqual(['shower', 'bed']);
    expect(barriers[1]).toEqual({
      findingId: 'bed',
      roomId: 'Bedroom',
      roomName: 'Bedroom',
      itemId: 'bed.light',
      prompt: 'Prompt for bed.light',
      severity: 'low',
      notes: 'Switch by the door',
      activities: ['sleeping', 'moving-about'],
    });
  });

  it('leaves out barriers in skipped or deleted rooms and deleted findings', () => {
    const rooms = [
      room('Bathroom', 'bathroom', 1, { skipped: true }),
      room('Bedroom', 'bedroom', 2, { deleted: true }),
      room('Ensuite', 'bathroom', 3),
    ];
    const findings = [
      barrier('skipped', 'Bathroom', 'bath.shower-entry'),
      barrier('in-deleted-room', 'Bedroom', 'bed.light'),
      barrier('deleted', 'Ensuite', 'bath.shower-entry', { deleted: true }),
    ];
    expect(summarize({ rooms, findings }).barriers).toEqual([]);
  });

  it('groups barriers by severity, with unrated ones apart', () => {
    const findings = [
      barrier('high', 'Bathroom', 'bath.shower-entry', { severity: 'high' }),
      barrier('unrated', 'Bedroom', 'bed.light'),
    ];
    const groups = summarize({ findings }).barriersByPriority;
    expect(groups.high.map((entry) => entry.findingId)).toEqual(['high']);
    expect(groups.unrated.map((entry) => entry.findingId)).toEqual(['unrated']);
    expect(groups.medium).toEqual([]);
  });

  it('groups barriers by room, leaving out rooms without any', () => {
    const findings = [barrier('bed', 'Bedroom', 'bed.height')];
    const byRoom = summarize({ findings }).barriersByRoom;
    expect(byRoom.map((entry) => [entry.roomName, entry.barriers.length])).toEqual([
      ['Bedroom', 1],
    ]);
  });
});

describe('scope of works', () => {
  const findings = [
    barrier('shower', 'Bathroom', 'bath.shower-entry'),
    barrier('bed', 'Bedroom', 'bed.height'),
  ];

  it('orders interventions by priority, then room order', () => {
    const interventions = [
      intervention('none', { findingId: 'shower' }),
      intervention('low', { findingId: 'shower', priority: 'low' }),
      intervention('high-bedroom', { findingId: 'bed', priority: 'high' }),
      intervention('high-bathroom', { findingId: 'shower', priority: 'high' }),
    ];
    const lines = summarize({ findings, interventions }).scopeOfWorks;
    expect(lines.map((line) => [line.interventionId, line.roomName])).toEqual([
      ['high-bathroom', 'Bathroom'],
      ['high-bedroom', 'Bedroom'],
      ['low', 'Bathroom'],
      ['none', 'Bathroom'],
    ]);
  });

  it('leaves out declined and deleted interventions and those on deleted findings', () => {
    const interventions = [
      intervention('declined', { findingId: 'shower', status: 'declined' }),
      intervention('deleted', { findingId: 'shower', deleted: true }),
      intervention('orphaned', { findingId: 'gone' }),
      intervention('kept', { findingId: 'shower', status: 'approved' }),
    ];
    const gone = barrier('gone', 'Bathroom', 'bath.toilet-height', { deleted: true });
    const lines = summarize({ findings: [...findings, gone], interventions }).scopeOfWorks;
    expect(lines.map((line) => line.interventionId)).toEqual(['kept']);
  });

  it('totals the cost per currency and counts the uncosted interventions', () => {
    const interventions = [
      intervention('rail', { costMin: 100, costMax: 300, currency: 'USD' }),
      intervention('seat', { costMin: 50, currency: 'USD' }),
      intervention('ramp', { costMax: 2000, currency: 'AUD' }),
      intervention('advice', {}),
    ];
    const summary = summarize({ interventions });
    expect(summary.totalCost).toEqual([
      { currency: 'USD', min: 150, max: 350 },
      { currency: 'AUD', min: 2000, max: 2000 },
    ]);
    expect(summary.uncostedCount).toBe(1);
  });

  it("fills a missing title and cost from the catalogue and says the cost is the catalogue's", () => {
    const catalogue: Catalogue = {
      id: 'test',
      version: 1,
      entries: [
        {
          id: 'shower-chair',
          group: 'assistive-equipment',
          title: 'Shower chair',
          description: 'A chair for the shower.',
          providers: ['equipment-supplier'],
          cost: { min: 40, max: 120, currency: 'USD', unit: 'each', source: 'https://a.test' },
          tags: [],
        },
      ],
    };
    const interventions = [{ id: 'chair', fields: { catalogueId: 'shower-chair' } }];
    const [line] = summarize({ interventions, catalogue }).scopeOfWorks;
    expect(line).toMatchObject({
      title: 'Shower chair',
      provider: 'equipment-supplier',
      costMin: 40,
      costMax: 120,
      currency: 'USD',
      costSource: 'catalogue',
    });
  });
});

describe('goals', () => {
  const findings = [
    barrier('shower', 'Bathroom', 'bath.shower-entry'),
    barrier('toilet', 'Bathroom', 'bath.toilet-height'),
    barrier('light', 'Bedroom', 'bed.light'),
  ];

  it('lists the barriers whose item affects the goal activity', () => {
    const goals = [goal('goal', { activity: 'Shower alone', activityKind: 'bathing' })];
    const [summary] = summarize({ findings, goals }).goals;
    expect(summary?.barriers.map((entry) => entry.findingId)).toEqual(['shower']);
  });

  it('also lists barriers linked to the goal by an intervention', () => {
    const goals = [goal('goal', { activityKind: 'bathing' })];
    const interventions = [intervention('night-light', { findingId: 'light', goalId: 'goal' })];
    const [summary] = summarize({ findings, goals, interventions }).goals;
    expect(summary?.barriers.map((entry) => entry.findingId)).toEqual(['shower', 'light']);
  });

  it('orders goals by order, with their COPM scores, and ignores deleted goals', () => {
    const goals = [
      goal('second', { order: 2, activity: 'Cook' }),
      goal('first', { order: 1, importance: 9, performanceBaseline: 3 }),
      goal('deleted', { order: 0, deleted: true }),
    ];
    const summary = summarize({ goals });
    expect(summary.goals.map((goal) => goal.goalId)).toEqual(['first', 'second']);
    expect(summary.goals[0]?.scores).toEqual({
      importance: 9,
      performanceBaseline: 3,
      satisfactionBaseline: undefined,
      performanceFollowUp: undefined,
      satisfactionFollowUp: undefined,
    });
  });
});

describe('unanswered items', () => {
  it('lists unanswered items per room, leaving out skipped and finished rooms', () => {
    const rooms = [
      bathroom,
      room('Ensuite', 'bathroom', 2, { skipped: true }),
      room('Bedroom', 'bedroom', 3),
    ];
    const findings = [
      barrier('shower', 'Bathroom', 'bath.shower-entry'),
      { id: 'toilet', fields: { roomId: 'Bathroom', itemId: 'bath.toilet-height', answer: 'na' } },
      { id: 'light', fields: { roomId: 'Bedroom', itemId: 'bed.light', answer: 'ok' } },
    ];
    const summary = summarize({ rooms, findings });
    expect(summary.unanswered).toEqual([
      {
        roomId: 'Bedroom',
        roomName: 'Bedroom',
        items: [{ itemId: 'bed.height', prompt: 'Prompt for bed.height' }],
      },
    ]);
    expect(summary.unansweredCount).toBe(1);
  });
});
