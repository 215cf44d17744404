// A clinic's checklist file checked before import, and imported checklists read back from records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkChecklistImport,
  importedChecklists,
} from '../../src/app/checklists/checklist-library';
import { builtinCatalogue, builtinChecklists } from '../../src/domain/builtin-checklists';
import type { RecordId } from '../../src/domain/ids';
import type { LocalRecord } from '../../src/sync/replica';

const context = {
  builtins: builtinChecklists,
  interventionIds: new Set(builtinCatalogue.entries.map((entry) => entry.id)),
};
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function checklistRecord(body: string): LocalRecord {
  return {
    entity: 'checklist',
    id: '01890a5d-ac96-774b-bcce-b302099a8057' as RecordId,
    fields: { checklistId: 'clinic-bathroom', version: 1, body },
    versions: {},
    pending: {},
    shadow: {},
  };
}

describe('checking a clinic checklist before import', () => {
  it('accepts a valid file and keeps its text to sync', () => {
    const check = checkChecklistImport(
      fixture('clinic-bathroom.json'),
      'clinic-bathroom.json',
      context,
      builtinChecklists,
    );
    expect(check.ok && check.checklist.title).toBe('Clinic bathroom screen');
  });

  it('says the file is not JSON, naming the file', () => {
    const check = checkChecklistImport('{ "id": ', 'notes.json', context, builtinChecklists);
    expect(check.ok ? [] : check.errors).toEqual([
      expect.objectContaining({
        file: 'notes.json',
        message: expect.stringContaining('not valid JSON'),
      }),
    ]);
  });

  it('names the file, the item and the problem', () => {
    const check = checkChecklistImport(
      fixture('clinic-broken.json'),
      'clinic-broken.json',
      context,
      builtinChecklists,
    );
    expect(check.ok ? [] : check.errors).toEqual([
      expect.objectContaining({
        file: 'clinic-broken.json',
        itemId: 'clinic.kitchen.rail',
        message: expect.stringContaining('prompt'),
      }),
    ]);
  });

  it('names an intervention the catalogue does not have', () => {
    const text = fixture('clinic-bathroom.json').replace('grab-bar-shower', 'no-such-intervention');
    const check = checkChecklistImport(text, 'clinic-bathroom.json', context, builtinChecklists);
    const errors = check.ok ? [] : check.errors;
    expect(errors).toEqual([
      expect.objectContaining({
        itemId: 'clinic.bath.shower-rail',
        message: expect.stringContaining('no-such-intervention'),
      }),
    ]);
  });

  it('refuses a version the library already has', () => {
    const text = fixture('clinic-bathroom.json');
    const [imported] = importedChecklists([checklistRecord(text)], context);
    if (imported === undefined) throw new Error('The fixture did not import.');
    const check = checkChecklistImport(text, 'clinic-bathroom.json', context, [
      ...builtinChecklists,
      imported,
    ]);
    expect(check.ok ? [] : check.errors).toEqual([
      expect.objectContaining({
        path: 'version',
        message: expect.stringContaining('raise "version"'),
      }),
    ]);
  });
});

describe('imported checklists', () => {
  it('are read from synced checklist records', () => {
    const [checklist] = importedChecklists(
      [checklistRecord(fixture('clinic-bathroom.json'))],
      context,
    );
    expect(checklist?.id).toBe('clinic-bathroom');
  });

  it('leave out a record whose body is damaged', () => {
    expect(importedChecklists([checklistRecord('{ broken')], context)).toEqual([]);
  });
});
