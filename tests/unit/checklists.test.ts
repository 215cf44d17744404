import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { renderChecklistsDoc } from '../../scripts/checklists-doc';
import { builtinCatalogue, builtinChecklists } from '../../src/domain/builtin-checklists';
import { allItems, type Checklist, latestChecklist } from '../../src/domain/checklist';
import {
  ARCHIVED_CHECKLIST_FILES,
  ARCHIVED_V2_CHECKLIST_FILES,
  CHECKLIST_FILES,
  fingerprint,
  readChecklistFile,
} from './checklist-fixtures';
import released from './released-checklist-ids.json';

const ajv = new Ajv2020({ allErrors: true });
const validateChecklist = ajv.compile(readChecklistFile('schema.json') as object);
const validateVersion1 = ajv.compile(readChecklistFile('archive/schema.v1.json') as object);
const validateCatalogue = ajv.compile(readChecklistFile('interventions.schema.json') as object);

const CHECKLIST_IDS = ['adult-home', 'child-home', 'school', 'workplace'];

function checklist(id: string): Checklist {
  const found = latestChecklist(builtinChecklists, id);
  if (found === undefined) throw new Error(`No built-in checklist ${id}`);
  return found;
}

const newest = CHECKLIST_IDS.map(checklist);
const everyItem = newest.flatMap(allItems);
const everyRetired = newest.flatMap((loaded) => loaded.retired ?? []);
const everyMeasurement = everyItem.flatMap((item) => item.measurements);
const idsOf = (items: readonly { id: string; measurements: { id: string }[] }[]) =>
  items.flatMap((item) => [item.id, ...item.measurements.map((measurement) => measurement.id)]);

describe('checklist files', () => {
  it.each([...CHECKLIST_FILES, ...ARCHIVED_V2_CHECKLIST_FILES])(
    '%s matches schema.json',
    (fileName) => {
      const valid = validateChecklist(readChecklistFile(fileName));
      expect(validateChecklist.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it.each(ARCHIVED_CHECKLIST_FILES)('%s matches archive/schema.v1.json', (fileName) => {
    const valid = validateVersion1(readChecklistFile(fileName));
    expect(validateVersion1.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('interventions.json matches interventions.schema.json', () => {
    expect(validateCatalogue(readChecklistFile('interventions.json'))).toBe(true);
    expect(validateCatalogue.errors ?? []).toEqual([]);
  });

  it('loads every built-in checklist, and each archived version, through the parser a clinic file goes through', () => {
    expect(builtinChecklists.map((loaded) => `${loaded.id}@${loaded.version}`)).toEqual([
      'adult-home@3',
      'child-home@3',
      'school@3',
      'workplace@3',
      'adult-home@2',
      'child-home@2',
      'school@2',
      'workplace@2',
      'adult-home@1',
      'child-home@1',
      'school@1',
      'workplace@1',
    ]);
  });

  it('finds every id of an older version in the newer one, asked or retired, so findings read in any of them', () => {
    for (const id of CHECKLIST_IDS) {
      const versions = builtinChecklists
        .filter((candidate) => candidate.id === id)
        .sort((left, right) => left.version - right.version);
      for (const [index, older] of versions.slice(0, -1).entries()) {
        const newer = versions[index + 1];
        if (newer === undefined) continue;
        const kept = new Set(idsOf([...allItems(newer), ...(newer.retired ?? [])]));
        const lost = idsOf(allItems(older)).filter((itemId) => !kept.has(itemId));
        expect(lost, `${id}@${older.version} → @${newer.version}`).toEqual([]);
      }
    }
  });

  it('keeps each retired item as it was released, and never asks its id again', () => {
    const liveIds = new Set(idsOf(everyItem));
    expect(everyRetired.map((item) => item.id).sort()).toEqual([...released.retiredItemIds].sort());
    expect(idsOf(everyRetired).filter((id) => liveIds.has(id))).toEqual([]);
    for (const retired of everyRetired) {
      const older = builtinChecklists.find(
        (candidate) =>
          candidate.version === 2 && allItems(candidate).some((item) => item.id === retired.id),
      );
      const { replacedBy: _replacedBy, ...asReleased } = retired;
      expect(older && allItems(older).find((item) => item.id === retired.id)).toEqual({
        ...asReleased,
        fallRelated: false,
      });
    }
  });

  it('uses each item id and measurement id once across all checklists', () => {
    const ids = idsOf([...everyItem, ...everyRetired]);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('keeps every released item, measurement and intervention id', () => {
    const itemIds = new Set(everyItem.map((item) => item.id));
    const measurementIds = new Set(idsOf([...everyItem, ...everyRetired]));
    const interventionIds = new Set(builtinCatalogue.entries.map((entry) => entry.id));
    expect(released.itemIds.filter((id) => !itemIds.has(id))).toEqual([]);
    expect(released.measurementIds.filter((id) => !measurementIds.has(id))).toEqual([]);
    expect(released.interventionIds.filter((id) => !interventionIds.has(id))).toEqual([]);
  });

  it.each(ARCHIVED_CHECKLIST_FILES)(
    'keeps the archived %s exactly as it was released',
    (fileName) => {
      const data = readChecklistFile(fileName) as { id: string; version: number };
      const archived = (released.archived as Record<string, string>)[`${data.id}@${data.version}`];
      expect(fingerprint(data)).toBe(archived);
    },
  );

  it.each(CHECKLIST_FILES)('raises the version of %s whenever its content changes', (fileName) => {
    const data = readChecklistFile(fileName) as { id: string; version: number };
    const record = (
      released.checklists as Record<string, { version: number; fingerprint: string }>
    )[data.id];
    expect(record, `${data.id} is missing from released-checklist-ids.json`).toBeDefined();
    if (record === undefined || record.version !== data.version) return;
    expect(
      fingerprint(data),
      `${fileName} changed but its version did not: raise "version", archive the old file and record the new fingerprint`,
    ).toBe(record.fingerprint);
  });

  it('suggests only interventions that exist in the catalogue', () => {
    const known = new Set(builtinCatalogue.entries.map((entry) => entry.id));
    const unknown = everyItem.flatMap((item) =>
      item.interventions.filter((id) => !known.has(id)).map((id) => `${item.id} → ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every threshold a section and a web source', () => {
    const thresholds = everyMeasurement.flatMap((m) => m.thresholds);
    expect(thresholds.length).toBeGreaterThan(100);
    for (const threshold of thresholds) {
      expect(threshold.section.trim()).not.toBe('');
      expect(threshold.source).toMatch(/^https?:\/\//);
    }
  });

  it('gives every item at least one suggested intervention and one activity', () => {
    for (const item of everyItem) {
      expect(item.interventions.length, item.id).toBeGreaterThan(0);
      expect(item.activities.length, item.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['adult-home', 150],
    ['child-home', 40],
    ['school', 40],
    ['workplace', 40],
  ])('%s has at least %i items', (id, minimum) => {
    expect(allItems(checklist(id)).length).toBeGreaterThanOrEqual(minimum);
  });

  it('has at least 100 catalogue entries covering all five groups', () => {
    const groups = new Set(builtinCatalogue.entries.map((entry) => entry.group));
    expect(builtinCatalogue.entries.length).toBeGreaterThanOrEqual(100);
    expect([...groups].sort()).toEqual([
      'assistive-equipment',
      'education',
      'home-modification',
      'referral',
      'technique',
    ]);
  });

  it('gives every catalogue cost a currency and a source', () => {
    for (const entry of builtinCatalogue.entries) {
      if (entry.cost === undefined) continue;
      expect(entry.cost.currency).toMatch(/^[A-Z]{3}$/);
      expect(entry.cost.source).toMatch(/^https?:\/\//);
    }
  });

  it('keeps docs/checklists.md in step with the data', () => {
    const path = fileURLToPath(new URL('../../docs/checklists.md', import.meta.url));
    const expected = renderChecklistsDoc(builtinChecklists, builtinCatalogue);
    expect(readFileSync(path, 'utf8') === expected, 'Run: npx tsx scripts/checklists-doc.ts').toBe(
      true,
    );
  });
});
