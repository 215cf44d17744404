// Fall risk from the STEADI key questions, and the severity a fall-related barrier starts at.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { findItem, type Item, latestChecklist } from '../../src/domain/checklist';
import type { FieldValues } from '../../src/domain/entities';
import { fieldSpec } from '../../src/domain/entities';
import {
  barrierSeverityDefault,
  FALL_RISK_RAISE_REASON,
  fallRiskOf,
  raisedByFallRisk,
} from '../../src/domain/fall-risk';
import type { RecordView } from '../../src/domain/record-view';

const client = (fields: FieldValues): RecordView => ({ id: 'c1', fields });
const adultHome = latestChecklist(builtinChecklists, 'adult-home');

function homeItem(id: string): Item {
  const found = adultHome && findItem(adultHome, id);
  if (found === undefined) throw new Error(`No item ${id}`);
  return found;
}

describe('fall risk from the STEADI key questions', () => {
  it('is high for a client screened at risk with two falls in the past year', () => {
    const risk = fallRiskOf(client({ steadiFallenPastYear: true, fallsInLast12Months: 2 }));
    expect(risk).toEqual({
      level: 'high',
      basis: 'Screened at risk, with 2 falls in the past year.',
    });
  });

  it('is moderate for a client who only worries about falling', () => {
    expect(fallRiskOf(client({ steadiWorriesAboutFalling: true })).level).toBe('moderate');
  });

  it('is moderate for one fall, to be graded by gait and balance tests', () => {
    const risk = fallRiskOf(client({ fallsInLast12Months: 1 }));
    expect(risk.level).toBe('moderate');
    expect(risk.basis).toMatch(/gait, strength and balance/);
  });

  it('is low when all three questions are answered no', () => {
    const risk = fallRiskOf(
      client({
        steadiFallenPastYear: false,
        steadiFeelsUnsteady: false,
        steadiWorriesAboutFalling: false,
      }),
    );
    expect(risk.level).toBe('low');
  });

  it('is not known until the questions are asked', () => {
    expect(fallRiskOf(client({ steadiFeelsUnsteady: false })).level).toBeUndefined();
    expect(fallRiskOf(undefined).level).toBeUndefined();
  });

  it("takes the therapist's grading over the screen", () => {
    const risk = fallRiskOf(client({ fallRisk: 'high', steadiFallenPastYear: false }));
    expect(risk).toEqual({ level: 'high', basis: 'Graded by the therapist.' });
  });

  it('reads a client record saved before the questions existed', () => {
    expect(fallRiskOf(client({ name: 'Old record', fallsInLast12Months: 0 })).level).toBe(
      undefined,
    );
  });

  it('declares the questions as yes/no fields the server checks', () => {
    for (const field of [
      'steadiFallenPastYear',
      'steadiFeelsUnsteady',
      'steadiWorriesAboutFalling',
    ])
      expect(fieldSpec('client', field)).toEqual({ kind: 'boolean' });
  });
});

describe('the severity a barrier starts at', () => {
  const highRisk = fallRiskOf(client({ steadiFallenPastYear: true, fallsInLast12Months: 3 }));
  const lowRisk = fallRiskOf(client({ fallRisk: 'low' }));
  const rugs = homeItem('home.living.rugs');

  it('raises a loose rug to high for a client at high fall risk, saying why', () => {
    expect(rugs.severity.default).toBe('medium');
    expect(barrierSeverityDefault(rugs, highRisk)).toEqual({
      severity: 'high',
      raisedReason: FALL_RISK_RAISE_REASON,
    });
    expect(FALL_RISK_RAISE_REASON).toContain('Cochrane 2023, rate ratio 0.62');
  });

  it("keeps the item's usual severity for a client at low fall risk", () => {
    expect(barrierSeverityDefault(rugs, lowRisk)).toEqual({ severity: 'medium' });
  });

  it('does not raise a barrier that is not fall-related', () => {
    const smokeAlarms = homeItem('home.safety.smoke-alarms');
    expect(smokeAlarms.fallRelated).toBe(false);
    expect(barrierSeverityDefault(smokeAlarms, highRisk).raisedReason).toBeUndefined();
  });

  it('stops reading as raised once the therapist lowers the severity', () => {
    expect(raisedByFallRisk(rugs, highRisk, 'high')).toBe(true);
    expect(raisedByFallRisk(rugs, highRisk, 'medium')).toBe(false);
  });
});
