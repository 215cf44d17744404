import { describe, expect, it } from 'vitest';
import { PROFILE_FACT_READERS, profileFacts } from '../../src/domain/report-profile';

const eleanor = {
  id: 'c1',
  fields: {
    name: 'Eleanor Price',
    dateOfBirth: '1948-03-04',
    conditions: ['Right hip replacement', 'Osteoarthritis'],
    precautions: ['Hip precautions for 6 weeks'],
    fallsInLast12Months: 1,
    fallRisk: 'high',
    mobilityDevice: 'rollator',
    deviceWidthMm: 600,
  },
};

describe('profileFacts', () => {
  it("prints the profile's conditions, precautions, falls, fall risk, device width and age", () => {
    const facts = profileFacts(eleanor, { visitDate: '2026-03-03', units: 'metric' });
    expect(facts).toEqual([
      { term: 'Date of birth', value: expect.stringMatching(/1948.*\(aged 77 at the visit\)$/) },
      { term: 'Conditions', value: 'Right hip replacement, Osteoarthritis' },
      { term: 'Precautions', value: 'Hip precautions for 6 weeks' },
      { term: 'Falls in the last 12 months', value: '1' },
      { term: 'Fall risk', value: 'High' },
      { term: 'Mobility device', value: 'Rollator, 600 mm wide' },
    ]);
  });

  it('leaves out what the profile does not record, and prints no device for none', () => {
    const bare = { id: 'c2', fields: { name: 'Sam', mobilityDevice: 'none' } };
    expect(profileFacts(bare, { visitDate: undefined, units: 'metric' })).toEqual([]);
    expect(profileFacts(undefined, { visitDate: undefined, units: 'metric' })).toEqual([]);
  });

  it('prints a recorded zero falls, which is a finding too', () => {
    const steady = { id: 'c3', fields: { fallsInLast12Months: 0 } };
    expect(profileFacts(steady, { visitDate: undefined, units: 'metric' })).toEqual([
      { term: 'Falls in the last 12 months', value: '0' },
    ]);
  });

  it('has one term per fact, so a new profile field is one more entry', () => {
    const terms = PROFILE_FACT_READERS.map((reader) => reader.term);
    expect(new Set(terms).size).toBe(terms.length);
  });
});
