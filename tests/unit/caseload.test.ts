// The caseload's follow-ups due: baselines without a follow-up, due on their set date or 90 days
// after the visit, overdue first.
import { describe, expect, it } from 'vitest';
import { followUpsDue } from '../../src/domain/caseload';
import type { FieldValues } from '../../src/domain/entities';

const visit = (id: string, fields: FieldValues) => ({ id, fields });

describe('follow-ups due', () => {
  const visits = [
    visit('a', { type: 'initial', date: '2026-01-10', clientId: 'c1' }),
    visit('b', {
      type: 'initial',
      date: '2026-03-01',
      followUpDue: '2026-03-20',
      therapistName: 'Dana',
    }),
    visit('c', { type: 'initial', date: '2026-04-01' }),
    visit('c-follow', { type: 'follow-up', baselineId: 'c', date: '2026-06-01' }),
    visit('d', { type: 'initial', date: '2026-05-25' }),
    visit('e', { type: 'initial', date: '2026-01-01', deleted: true }),
  ];

  it('lists baselines without a follow-up, the most overdue first', () => {
    const due = followUpsDue(visits, '2026-06-02');
    expect(due.map((line) => [line.baselineId, line.dueDate, line.daysOverdue])).toEqual([
      ['b', '2026-03-20', 74],
      ['a', '2026-04-10', 53],
      ['d', '2026-08-23', -82],
    ]);
    expect(due.map((line) => line.isDefaultDate)).toEqual([false, true, true]);
    expect(due[0]?.therapistName).toBe('Dana');
  });

  it('takes another default interval', () => {
    const [first] = followUpsDue([visits[0] as (typeof visits)[0]], '2026-02-09', 30);
    expect(first).toMatchObject({ dueDate: '2026-02-09', daysOverdue: 0 });
  });

  it('refuses a due date that is not a calendar date in the registry', async () => {
    const { checkFieldValue } = await import('../../src/domain/field-values');
    expect(checkFieldValue('assessment', 'followUpDue', '2026-02-30')?.code).toBe('wrong_type');
  });
});
