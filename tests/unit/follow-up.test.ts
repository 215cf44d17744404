// Follow-up visits: what one starts with, and its outcome against the baseline.
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import { baselineFindingOf, compareFollowUp } from '../../src/domain/follow-up-outcome';
import {
  followUpRoomId,
  outcomeRecordId,
  type PlannedRecord,
  planFollowUp,
  type VisitRecordSet,
} from '../../src/domain/follow-up-plan';
import type { RecordView } from '../../src/domain/record-view';
import { summarizeVisit } from '../../src/domain/visit-summary';
import { recordId, T0_MS } from './support/sync-fixtures';
import { item, room } from './support/visit-fixtures';

const checklist: Checklist = {
  id: 'test-home',
  version: 3,
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
      items: [item('bed.height', ['sleeping']), item('bed.light', ['sleeping'])],
    },
  ],
};

const record = (id: string, fields: FieldValues): RecordView => ({ id, fields });
const finding = (roomId: string, itemId: string, answer: string, fields: FieldValues = {}) =>
  record(`${roomId}/${itemId}`, { roomId, itemId, answer, ...fields });

const FOLLOW_UP_ID = recordId(900);
const THERAPIST = { id: 'therapist-2', name: 'Dana Reyes' };

function baselineVisit(): VisitRecordSet {
  return {
    assessment: record('baseline', {
      clientId: 'client-1',
      setting: 'home',
      type: 'initial',
      checklistId: 'test-home',
      checklistVersion: 3,
      address: '12 Elm Street',
      date: '2025-01-10',
      peoplePresent: ['Daughter'],
      status: 'signed',
      therapistId: 'therapist-1',
    }),
    rooms: [
      room('bathroom-1', 'bathroom', 1, { level: 'Ground', notes: 'Small' }),
      room('bedroom-1', 'bedroom', 2),
      room('garage-1', 'bathroom', 3, { skipped: true }),
      room('attic-1', 'bedroom', 4, { deleted: true }),
    ],
    findings: [
      finding('bathroom-1', 'bath.shower-entry', 'barrier', { severity: 'high' }),
      finding('bathroom-1', 'bath.toilet-height', 'barrier', { severity: 'medium' }),
      finding('bedroom-1', 'bed.height', 'barrier', { severity: 'low' }),
      finding('bedroom-1', 'bed.light', 'ok'),
    ],
    interventions: [
      record('grab-bar', {
        findingId: 'bathroom-1/bath.shower-entry',
        title: 'Grab bar by the shower',
        catalogueId: 'grab-bar',
        category: 'modification',
        priority: 'high',
        provider: 'contractor',
        costMin: 80,
        status: 'installed',
      }),
      record('raised-seat', {
        findingId: 'bathroom-1/bath.toilet-height',
        title: 'Raised toilet seat',
        status: 'recommended',
      }),
      record('new-bed', {
        findingId: 'bedroom-1/bed.height',
        title: 'New bed',
        status: 'declined',
      }),
      record('removed', { findingId: 'bedroom-1/bed.height', title: 'Gone', deleted: true }),
      record('bed-raisers', { findingId: 'bedroom-1/bed.height', title: 'Bed raisers' }),
    ],
    goals: [
      record('bathing', {
        activity: 'Shower alone',
        order: 1,
        importance: 9,
        performanceBaseline: 3,
        satisfactionBaseline: 2,
        notes: 'Fears slipping',
      }),
      record('sleeping', {
        activity: 'Get into bed',
        order: 2,
        performanceBaseline: 6,
        satisfactionBaseline: 5,
      }),
      record('dropped', { activity: 'Dropped goal', deleted: true }),
    ],
  };
}

const plan = () => planFollowUp(baselineVisit(), () => FOLLOW_UP_ID, T0_MS, THERAPIST);
const planned = (entity: PlannedRecord['entity']) =>
  plan().records.filter((candidate) => candidate.entity === entity);

describe('starting a follow-up', () => {
  it('makes a follow-up visit of the same client, place and checklist version, dated today', () => {
    const assessment = plan().records.at(-1);
    expect(assessment).toEqual({
      entity: 'assessment',
      id: FOLLOW_UP_ID,
      fields: {
        clientId: 'client-1',
        setting: 'home',
        checklistId: 'test-home',
        checklistVersion: 3,
        address: '12 Elm Street',
        type: 'follow-up',
        baselineId: 'baseline',
        date: new Date(T0_MS).toISOString().slice(0, 10),
        status: 'draft',
        startedAt: T0_MS,
        therapistId: 'therapist-2',
        therapistName: 'Dana Reyes',
      },
    });
  });

  it('copies the rooms that were checked, each pointing at its baseline room', () => {
    const rooms = planned('room');
    expect(rooms.map((candidate) => candidate.fields.baselineRoomId)).toEqual([
      'bathroom-1',
      'bedroom-1',
    ]);
    expect(rooms[0]?.fields).toEqual({
      name: 'bathroom-1',
      areaId: 'bathroom',
      order: 1,
      level: 'Ground',
      assessmentId: FOLLOW_UP_ID,
      baselineRoomId: 'bathroom-1',
    });
  });

  it('carries the live goals over with their baseline ratings, to be re-rated', () => {
    const goals = planned('goal');
    expect(goals).toHaveLength(2);
    expect(goals[0]?.fields).toEqual({
      activity: 'Shower alone',
      order: 1,
      importance: 9,
      performanceBaseline: 3,
      satisfactionBaseline: 2,
      assessmentId: FOLLOW_UP_ID,
      baselineGoalId: 'bathing',
    });
  });

  it('asks for the outcome of each live recommendation that was not declined', () => {
    const outcomes = planned('intervention');
    expect(outcomes.map((candidate) => candidate.fields.baselineInterventionId)).toEqual([
      'grab-bar',
      'raised-seat',
      'bed-raisers',
    ]);
    expect(outcomes[0]).toEqual({
      entity: 'intervention',
      id: outcomeRecordId(FOLLOW_UP_ID, 'grab-bar'),
      fields: {
        title: 'Grab bar by the shower',
        catalogueId: 'grab-bar',
        category: 'modification',
        priority: 'high',
        provider: 'contractor',
        assessmentId: FOLLOW_UP_ID,
        baselineInterventionId: 'grab-bar',
      },
    });
  });

  it('writes the visit itself last, so a half-written plan never shows as a visit', () => {
    const entities = plan().records.map((candidate) => candidate.entity);
    expect(entities.indexOf('assessment')).toBe(entities.length - 1);
    expect(entities.filter((entity) => entity === 'assessment')).toHaveLength(1);
  });
});

/** The follow-up of `baselineVisit()` as planned, with `findings` answered and `edits` applied. */
function followUpVisit(findings: RecordView[], edits: Record<string, FieldValues> = {}) {
  const records = plan().records.map((candidate) =>
    record(candidate.id, { ...candidate.fields, ...edits[candidate.id] }),
  );
  const of = (entity: PlannedRecord['entity']) =>
    records.filter((_, index) => plan().records[index]?.entity === entity);
  const [assessment] = of('assessment');
  if (assessment === undefined) throw new Error('The plan has no assessment.');
  return {
    assessment,
    rooms: [...of('room'), room('kitchen-2', 'bathroom', 5)],
    findings,
    interventions: of('intervention'),
    goals: of('goal'),
  };
}

const bathroom2 = followUpRoomId(FOLLOW_UP_ID, 'bathroom-1');
const bedroom2 = followUpRoomId(FOLLOW_UP_ID, 'bedroom-1');
const goalId = (baselineGoalId: string) =>
  plan().records.find((candidate) => candidate.fields.baselineGoalId === baselineGoalId)?.id ?? '';

function compare(findings: RecordView[], edits: Record<string, FieldValues> = {}) {
  return compareFollowUp({
    baseline: baselineVisit(),
    followUp: followUpVisit(findings, edits),
    checklist,
  });
}

describe('barriers at follow-up', () => {
  const findings = [
    finding(bathroom2, 'bath.shower-entry', 'ok'),
    finding(bathroom2, 'bath.toilet-height', 'barrier', { severity: 'high' }),
    finding(bedroom2, 'bed.light', 'barrier', { severity: 'low' }),
    finding('kitchen-2', 'bath.shower-entry', 'barrier'),
  ];

  it('counts resolved, persisting, new and still unchecked barriers', () => {
    const { barriers } = compare(findings);
    expect(barriers.resolved.map((line) => line.itemId)).toEqual(['bath.shower-entry']);
    expect(barriers.persisting.map((line) => line.itemId)).toEqual(['bath.toilet-height']);
    expect(barriers.new.map((line) => `${line.roomName}: ${line.itemId}`)).toEqual([
      'bedroom-1: bed.light',
      'kitchen-2: bath.shower-entry',
    ]);
    expect(barriers.unchecked.map((line) => line.itemId)).toEqual(['bed.height']);
  });

  it('shows both answers and severities of a persisting barrier, with its prompt', () => {
    const [persisting] = compare(findings).barriers.persisting;
    expect(persisting).toMatchObject({
      prompt: 'Prompt for bath.toilet-height',
      baselineAnswer: 'barrier',
      followUpAnswer: 'barrier',
      baselineSeverity: 'medium',
      followUpSeverity: 'high',
    });
  });

  it('counts a barrier answered not applicable now as resolved', () => {
    const { barriers } = compare([finding(bedroom2, 'bed.height', 'na')]);
    expect(barriers.resolved.map((line) => line.itemId)).toEqual(['bed.height']);
    expect(barriers.unchecked).toHaveLength(2);
  });

  it('finds the baseline answer of an item by its room and item', () => {
    const [followUpBathroom] = followUpVisit([]).rooms;
    if (followUpBathroom === undefined) throw new Error('No bathroom was planned.');
    expect(
      baselineFindingOf(followUpBathroom, 'bath.shower-entry', baselineVisit().findings)?.fields
        .severity,
    ).toBe('high');
    expect(baselineFindingOf(room('kitchen-2', 'bathroom', 5), 'bath.shower-entry', [])).toBe(
      undefined,
    );
  });
});

describe('recommendations at follow-up', () => {
  it('sorts each recommendation by its recorded outcome, with the reason', () => {
    const { interventions } = compare([], {
      [outcomeRecordId(FOLLOW_UP_ID, 'grab-bar')]: { outcome: 'in-use' },
      [outcomeRecordId(FOLLOW_UP_ID, 'raised-seat')]: {
        outcome: 'not-used',
        outcomeNotes: 'Too high for her',
      },
    });
    expect(interventions.inUse.map((line) => line.title)).toEqual(['Grab bar by the shower']);
    expect(interventions.notUsed).toEqual([
      expect.objectContaining({ title: 'Raised toilet seat', why: 'Too high for her' }),
    ]);
    expect(interventions.notDone).toEqual([]);
    expect(interventions.notRecorded.map((line) => line.title)).toEqual(['Bed raisers']);
  });

  it('asks about a recommendation added to the baseline after the follow-up began', () => {
    const baseline = baselineVisit();
    const { interventions } = compareFollowUp({
      baseline: {
        ...baseline,
        interventions: [...baseline.interventions, record('rail', { title: 'Stair rail' })],
      },
      followUp: followUpVisit([]),
    });
    expect(interventions.notRecorded.map((line) => line.title)).toEqual([
      'Grab bar by the shower',
      'Raised toilet seat',
      'Bed raisers',
      'Stair rail',
    ]);
  });
});

describe('goals at follow-up', () => {
  const rerated: Record<string, FieldValues> = {
    [goalId('bathing')]: { performanceFollowUp: 6, satisfactionFollowUp: 3 },
    [goalId('sleeping')]: { performanceFollowUp: 4 },
  };

  it('marks a change of 2 or more points as clinically important, better or worse', () => {
    const [bathing, sleeping] = compare([], rerated).goals;
    expect(bathing?.performance).toEqual({
      baseline: 3,
      followUp: 6,
      change: 3,
      verdict: 'improved',
    });
    expect(bathing?.satisfaction).toMatchObject({ change: 1, verdict: 'no-important-change' });
    expect(sleeping?.performance).toMatchObject({ change: -2, verdict: 'worse' });
  });

  it('leaves the change out until the goal is re-rated', () => {
    const [, sleeping] = compare([], rerated).goals;
    expect(sleeping?.satisfaction).toEqual({
      baseline: 5,
      followUp: undefined,
      change: undefined,
      verdict: undefined,
    });
  });

  it('averages the change over the goals rated at both visits', () => {
    const result = compare([], rerated);
    expect(result.meanPerformance).toEqual({
      goalCount: 2,
      baseline: 4.5,
      followUp: 5,
      change: 0.5,
      verdict: 'no-important-change',
    });
    expect(result.meanSatisfaction).toMatchObject({ goalCount: 1, change: 1 });
  });

  it('reads a baseline rating missing on the follow-up goal from the baseline goal', () => {
    const [bathing] = compare([], {
      [goalId('bathing')]: { performanceBaseline: null, performanceFollowUp: 5 },
    }).goals;
    expect(bathing?.performance).toMatchObject({ baseline: 3, change: 2, verdict: 'improved' });
  });
});

describe('the follow-up visit summary', () => {
  it('leaves the outcomes of baseline recommendations out of the scope of works', () => {
    const followUp = followUpVisit([finding(bathroom2, 'bath.toilet-height', 'barrier')]);
    const newRecommendation = record('higher-seat', {
      findingId: `${bathroom2}/bath.toilet-height`,
      title: 'Higher toilet seat',
    });
    const summary = summarizeVisit({
      ...followUp,
      interventions: [...followUp.interventions, newRecommendation],
      checklist,
    });
    expect(summary.scopeOfWorks.map((line) => line.title)).toEqual(['Higher toilet seat']);
  });
});
