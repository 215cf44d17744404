// Visit scores: the HOME FAST hazard count from the corrected tags, the CDC areas with hazards,
// and the person-environment fit score, at baseline and follow-up alike.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { type Checklist, findChecklistVersion, latestChecklist } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import { limitationsOf } from '../../src/domain/functional-limitations';
import type { RecordView } from '../../src/domain/record-view';
import { scoreVisit } from '../../src/domain/visit-scores';
import { room } from './support/visit-fixtures';

function newest(id: string): Checklist {
  const found = latestChecklist(builtinChecklists, id);
  if (found === undefined) throw new Error(`No checklist ${id}`);
  return found;
}
const adultHome = newest('adult-home');
const workplace = newest('workplace');

const hallway = room('Hallway', 'hallway', 1);
const lounge = room('Lounge', 'living', 2);
let nextId = 0;
function answer(roomId: string, itemId: string, fields: FieldValues): RecordView {
  nextId += 1;
  return { id: `f${nextId}`, fields: { roomId, itemId, ...fields } };
}
const barrier = (roomId: string, itemId: string, severity?: string) =>
  answer(
    roomId,
    itemId,
    severity === undefined ? { answer: 'barrier' } : { answer: 'barrier', severity },
  );
const client = (fields: FieldValues): RecordView => ({ id: 'c1', fields });

function score(findings: RecordView[], fields: FieldValues = {}, checklist = adultHome) {
  return scoreVisit({
    rooms: [hallway, lounge],
    findings,
    client: client(fields),
    checklist,
  });
}

describe('HOME FAST hazard count', () => {
  it('counts one HOME FAST item once however many checklist items tag it', () => {
    const scores = score([
      barrier('Hallway', 'home.hallway.rugs'),
      barrier('Lounge', 'home.living.rugs'),
      answer('Lounge', 'home.living.lighting', { answer: 'ok' }),
    ]);
    expect(scores.homeFast).toEqual({ hazards: 1, answered: 2 });
  });

  it('counts pets as item 25 and outdoor rails as item 19, as the instrument numbers them', () => {
    const scores = score([
      barrier('Hallway', 'home.hallway.pets'),
      barrier('Hallway', 'home.entrance.step-rails'),
    ]);
    expect(scores.homeFast?.hazards).toBe(2);
  });

  it('scores a version 2 visit by the corrected tags of the newest version', () => {
    const versionTwo = findChecklistVersion(builtinChecklists, 'adult-home', 2);
    expect(
      versionTwo?.areas
        .flatMap((area) => area.items)
        .find((item) => item.id === 'home.hallway.pets')?.crosswalk.homeFast,
    ).toBe(24);
    expect(score([barrier('Hallway', 'home.hallway.pets')]).homeFast).toEqual({
      hazards: 1,
      answered: 1,
    });
  });

  it('leaves out skipped rooms and deleted findings', () => {
    const skipped = room('Spare', 'bedroom', 3, { skipped: true });
    const scores = scoreVisit({
      rooms: [hallway, skipped],
      findings: [
        barrier('Spare', 'home.bedroom.rugs-cords'),
        {
          id: 'gone',
          fields: {
            roomId: 'Hallway',
            itemId: 'home.hallway.rugs',
            answer: 'barrier',
            deleted: true,
          },
        },
      ],
      client: undefined,
      checklist: adultHome,
    });
    expect(scores.homeFast).toBeUndefined();
  });

  it('is not given for a checklist HOME FAST does not cover', () => {
    const desk = workplace.areas.flatMap((area) => area.items)[0];
    expect(score([barrier('Hallway', desk?.id ?? '')], {}, workplace).homeFast).toBeUndefined();
  });
});

describe('CDC areas with hazards', () => {
  it('lists each area with its number of hazards, in the brochure order', () => {
    const scores = score([
      barrier('Lounge', 'home.living.rugs'),
      barrier('Hallway', 'home.hallway.rugs'),
      barrier('Hallway', 'home.stairs.edges'),
    ]);
    expect(scores.cdcAreas).toEqual([
      { area: 'Floors', hazards: 2 },
      { area: 'Stairs and steps', hazards: 1 },
    ]);
  });
});

describe('person-environment fit', () => {
  it('weighs each barrier by severity once for every limitation it bears on', () => {
    // A rug is fall-related (balance, vision) and on a walking route (walking aid).
    const scores = score([barrier('Lounge', 'home.living.rugs', 'high')], {
      functionalLimitations: ['balance', 'vision'],
      mobilityDevice: 'rollator',
    });
    expect(scores.fit).toEqual({
      score: 9,
      barriers: 1,
      limitations: ['balance', 'vision', 'walking-aid'],
    });
  });

  it('gives a poorer fit for the same home when the client has more limitations', () => {
    const findings = [barrier('Lounge', 'home.living.rugs', 'medium')];
    const one = score(findings, { functionalLimitations: ['balance'] }).fit?.score ?? 0;
    const two = score(findings, { functionalLimitations: ['balance', 'vision'] }).fit?.score ?? 0;
    expect(two).toBeGreaterThan(one);
  });

  it('counts nothing for a barrier none of the limitations bears on', () => {
    const scores = score([barrier('Lounge', 'home.safety.smoke-alarms', 'high')], {
      functionalLimitations: ['balance'],
    });
    expect(scores.fit).toEqual({ score: 0, barriers: 0, limitations: ['balance'] });
  });

  it('is not given until the client has a limitation or a device recorded', () => {
    expect(score([barrier('Lounge', 'home.living.rugs')]).fit).toBeUndefined();
    expect(limitationsOf(client({ functionalLimitations: ['made-up'] }))).toEqual([]);
  });
});
