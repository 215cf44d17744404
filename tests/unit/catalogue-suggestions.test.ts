// What the catalogue suggests for a barrier fits the barrier, in the region's own words.
import { describe, expect, it } from 'vitest';
import { builtinCatalogue, builtinChecklists } from '../../src/domain/builtin-checklists';
import { findItem, latestChecklist } from '../../src/domain/checklist';
import {
  findIntervention,
  regionalEntry,
  suggestInterventions,
} from '../../src/domain/interventions';

function suggested(checklistId: string, itemId: string): string[] {
  const checklist = latestChecklist(builtinChecklists, checklistId);
  const item = checklist && findItem(checklist, itemId);
  if (item === undefined) throw new Error(`No item ${itemId}`);
  return suggestInterventions(item, builtinCatalogue, { answer: 'barrier' }).map(
    (entry) => entry.id,
  );
}

describe('suggestions that fit the barrier', () => {
  it('offers a chair with arms or a stand-assist rail, not a toilet frame, for a chair without armrests', () => {
    const ids = suggested('adult-home', 'home.living.chair-arms');
    expect(ids).toEqual(['chair-with-arms', 'stand-assist-rail', 'chair-raise-cushion']);
    expect(ids).not.toContain('toilet-safety-frame');
  });

  it.each([
    ['adult-home', 'home.approach.weather'],
    ['workplace', 'work.route.weather'],
  ])(
    'offers clearing and grit, not path repair, for ice on the route (%s)',
    (checklistId, itemId) => {
      const ids = suggested(checklistId, itemId);
      expect(ids.slice(0, 2)).toEqual(['ice-and-snow-clearing', 'ice-grips']);
      expect(ids).not.toContain('path-repair');
    },
  );

  it('offers a bath lift and a hoist when a carer lifts a child into the bath', () => {
    expect(suggested('child-home', 'child-home.bath.lifting').slice(0, 3)).toEqual([
      'bath-lift',
      'mobile-hoist',
      'ceiling-hoist',
    ]);
  });
});

describe('regional wording', () => {
  const schoolTeam = findIntervention(builtinCatalogue, 'refer-school-team');
  if (schoolTeam === undefined) throw new Error('No school team referral');

  it('names no 504 plan to a UK school', () => {
    const uk = regionalEntry(schoolTeam, 'uk');
    expect(uk.title).toBe('School SEN support team (SENCo; EHC plan where needed)');
    expect(`${uk.title} ${uk.description}`).not.toMatch(/504/);
  });

  it('keeps the US wording for the US and for visits judged before standards existed', () => {
    expect(regionalEntry(schoolTeam, 'us').title).toBe('School support team (IEP or 504 plan)');
    expect(regionalEntry(schoolTeam, 'legacy').title).toBe('School support team (IEP or 504 plan)');
  });
});
