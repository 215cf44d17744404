import { describe, expect, it } from 'vitest';
import { builtinCatalogue, builtinChecklists } from '../../src/domain/builtin-checklists';
import { findItem, type Item } from '../../src/domain/checklist';
import {
  parseCatalogue,
  searchCatalogue,
  suggestInterventions,
} from '../../src/domain/interventions';

function item(id: string): Item {
  for (const checklist of builtinChecklists) {
    const found = findItem(checklist, id);
    if (found !== undefined) return found;
  }
  throw new Error(`No item ${id}`);
}

const toiletBar = item('home.bath.grab-bar-toilet');

describe('suggesting interventions', () => {
  it('suggests the grab bar first for a missing toilet grab bar', () => {
    const suggestions = suggestInterventions(toiletBar, builtinCatalogue, { answer: 'barrier' });
    expect(suggestions[0]?.title).toBe('Grab bar beside the toilet');
  });

  it('suggests nothing for an item answered OK', () => {
    expect(suggestInterventions(toiletBar, builtinCatalogue, { answer: 'ok' })).toEqual([]);
  });

  it('offers quick, low-cost options first for a low-severity barrier', () => {
    const rugs = item('home.hallway.level-changes');
    const groups = suggestInterventions(rugs, builtinCatalogue, {
      answer: 'barrier',
      severity: 'low',
    }).map((entry) => entry.group);
    expect(groups.indexOf('assistive-equipment')).toBeLessThan(groups.indexOf('home-modification'));
  });

  it('skips an id the catalogue does not have instead of failing', () => {
    const custom: Item = { ...toiletBar, interventions: ['not-in-catalogue', 'grab-bar-toilet'] };
    expect(suggestInterventions(custom, builtinCatalogue).map((entry) => entry.id)).toEqual([
      'grab-bar-toilet',
    ]);
  });
});

describe('searching the catalogue', () => {
  it('finds stair lifts by a word in the title', () => {
    const titles = searchCatalogue('stair lift', builtinCatalogue).map((entry) => entry.title);
    expect(titles).toContain('Stair lift (straight stair)');
  });

  it('ignores case and finds by tag', () => {
    expect(searchCatalogue('WHEELCHAIR', builtinCatalogue).length).toBeGreaterThan(5);
  });

  it('returns nothing for an empty query', () => {
    expect(searchCatalogue('   ', builtinCatalogue)).toEqual([]);
  });
});

describe('reading a catalogue', () => {
  it('gives a cost range with its currency and source', () => {
    const ramp = builtinCatalogue.entries.find((entry) => entry.id === 'ramp-modular-aluminium');
    expect(ramp?.cost).toMatchObject({
      min: 150,
      max: 200,
      currency: 'USD',
      unit: 'per linear foot',
    });
  });

  it('rejects a cost without a source, naming the entry', () => {
    const result = parseCatalogue(
      {
        id: 'clinic',
        version: 1,
        title: 'Clinic catalogue',
        entries: [
          {
            id: 'rail',
            group: 'home-modification',
            title: 'Rail',
            description: 'A rail.',
            providers: ['handyperson'],
            cost: { min: 10, max: 20, currency: 'AUD', unit: 'each' },
          },
        ],
      },
      'clinic-catalogue.json',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({
      file: 'clinic-catalogue.json',
      itemId: 'rail',
      path: 'entries[0].cost.source',
    });
  });

  it('rejects two entries with the same id', () => {
    const entry = {
      id: 'rail',
      group: 'referral',
      title: 'Rail',
      description: 'x',
      providers: ['client'],
    };
    const result = parseCatalogue(
      { id: 'c', version: 1, title: 'C', entries: [entry, entry] },
      'c.json',
    );
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      'The id "rail" is used twice.',
    ]);
  });
});
