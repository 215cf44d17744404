// Checklist version 3: HOME FAST numbers as the instrument numbers them, one question per item,
// and findings made with a retired question still reading with its own words.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import {
  allItems,
  type Checklist,
  findChecklistVersion,
  findItem,
  findRetiredItem,
  type Item,
  latestChecklist,
} from '../../src/domain/checklist';
import type { RecordView } from '../../src/domain/record-view';
import { summarizeVisit } from '../../src/domain/visit-summary';
import { room } from './support/visit-fixtures';

function newest(id: string): Checklist {
  const found = latestChecklist(builtinChecklists, id);
  if (found === undefined) throw new Error(`No checklist ${id}`);
  return found;
}

const adultHome = newest('adult-home');
const homeFastOf = (itemId: string) => findItem(adultHome, itemId)?.crosswalk.homeFast;
const liveItem = (checklist: Checklist, itemId: string): Item => {
  const found = allItems(checklist).find((candidate) => candidate.id === itemId);
  if (found === undefined) throw new Error(`No live item ${itemId}`);
  return found;
};

describe('HOME FAST numbers', () => {
  it('tags every one of the 25 HOME FAST items at least once', () => {
    const used = new Set(allItems(adultHome).flatMap((item) => item.crosswalk.homeFast ?? []));
    expect([...used].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it.each([
    ['home.stairs.rails-both-sides', 18],
    ['home.entrance.step-rails', 19],
    ['home.garage.rail', 19],
    ['home.stairs.ability', 20],
    ['home.entrance.steps-count', 20],
    ['home.stairs.edges', 21],
    ['home.entrance.door-operation', 22],
    ['home.approach.path-surface', 23],
    ['home.bedroom.footwear', 24],
    ['home.hallway.pets', 25],
    ['home.hallway.level-changes', 1],
  ])('%s counts toward HOME FAST item %i', (itemId, number) => {
    expect(homeFastOf(itemId)).toBe(number);
  });

  it('tags every HOME FAST item as fall-related', () => {
    const untagged = allItems(adultHome).filter(
      (item) => item.crosswalk.homeFast !== undefined && !item.fallRelated,
    );
    expect(untagged.map((item) => item.id)).toEqual([]);
  });
});

describe('one question per item', () => {
  const everyItem = ['adult-home', 'child-home', 'school', 'workplace'].flatMap((id) =>
    allItems(newest(id)),
  );

  it('asks nothing as "…, and is/does/can…" in one prompt', () => {
    const doubled = everyItem.filter((item) =>
      /, and (is|are|does|do|can|has|would)\b|\b(does|do) it \w+ and can\b/i.test(item.prompt),
    );
    expect(doubled.map((item) => item.prompt)).toEqual([]);
  });

  it('marks a missing rear toilet bar as the barrier, not the wish for one', () => {
    const bar = liveItem(adultHome, 'home.bath.grab-bar-toilet-back');
    expect(bar.prompt).toBe('Is there a firm grab bar on the wall behind the toilet?');
    expect(bar.answer).toEqual({ type: 'yes-no', barrierWhen: 'no' });
    expect(liveItem(adultHome, 'home.bath.toilet-back-wall').answer).toEqual({
      type: 'yes-no',
      barrierWhen: 'no',
    });
  });

  it('marks needing a step-free way in, and having no room for one, each as a barrier', () => {
    expect(liveItem(adultHome, 'home.entrance.step-free-need').answer.barrierWhen).toBe('yes');
    expect(liveItem(adultHome, 'home.entrance.ramp-room').answer.barrierWhen).toBe('no');
    expect(liveItem(adultHome, 'home.entrance.ramp-room').measurements.map((m) => m.id)).toEqual([
      'home.entrance.ramp-room.total-rise',
    ]);
  });

  it('reads not needing to sit to wash as no barrier', () => {
    const standing = liveItem(adultHome, 'home.bath.standing-wash');
    expect(standing.prompt).toMatch(/^Can the client stand for the whole of a wash/);
    expect(standing.answer.barrierWhen).toBe('no');
  });

  it('asks the toilet door width and a rescue from outside separately', () => {
    const width = liveItem(adultHome, 'home.bath.toilet-door-width');
    expect(width.measurements.map((m) => m.id)).toEqual([
      'home.bath.toilet-door-width.clear-width',
    ]);
    expect(liveItem(adultHome, 'home.bath.toilet-door-rescue').measurements).toEqual([]);
  });
});

describe('a retired question', () => {
  const versionTwo = findChecklistVersion(builtinChecklists, 'adult-home', 2);

  it('is kept with the items that replaced it, and no longer asked', () => {
    expect(findRetiredItem(adultHome, 'home.bath.seat')?.replacedBy).toEqual([
      'home.bath.standing-wash',
      'home.bath.seat-suitable',
    ]);
    expect(allItems(adultHome).some((item) => item.id === 'home.bath.seat')).toBe(false);
  });

  it('is still asked in the version a visit made with it uses', () => {
    expect(versionTwo && findItem(versionTwo, 'home.bath.grab-bar-toilet-rear')?.prompt).toBe(
      'Would a bar behind the toilet help, and is there wall to fix it to?',
    );
  });

  it('lists an old barrier on the newest version with its own words, not its id', () => {
    const finding: RecordView = {
      id: 'f1',
      fields: { roomId: 'Bathroom', itemId: 'home.bath.seat', answer: 'barrier', severity: 'high' },
    };
    const summary = summarizeVisit({
      rooms: [room('Bathroom', 'bathroom', 1)],
      findings: [finding],
      interventions: [],
      goals: [],
      checklist: adultHome,
    });
    const barriers = summary.barriers;
    expect(barriers.map((barrier) => barrier.prompt)).toEqual([
      'Does the client need to sit to wash, and is there a suitable seat?',
    ]);
    expect(barriers[0]?.activities).toEqual(['bathing']);
  });
});

describe('daily activities, carer handling and safety the seeds name', () => {
  it.each([
    ['home.safety.wandering', 'yes'],
    ['home.safety.phone-use', 'no'],
    ['home.safety.shopping', 'no'],
    ['home.safety.community-travel', 'no'],
    ['home.bedroom.bed-rail-gaps', 'no'],
    ['home.bedroom.hoist-space', 'no'],
  ] as const)('asks %s, a barrier when answered %s', (itemId, barrierWhen) => {
    expect(liveItem(adultHome, itemId).answer).toEqual({ type: 'yes-no', barrierWhen });
  });

  it('offers a hoist where a carer moves the client by hoist', () => {
    expect(liveItem(adultHome, 'home.bedroom.hoist-space').interventions).toContain('mobile-hoist');
  });
});
