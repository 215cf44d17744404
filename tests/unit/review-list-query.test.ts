// The review list's address: filters, sort and page survive a reload; defaults stay out of it.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  formatReviewQuery,
  nextSort,
  parseReviewQuery,
  type ReviewListQuery,
} from '../../src/app/ui/review/review-list-query';

describe('review list address', () => {
  it('writes nothing for the default list', () => {
    expect(formatReviewQuery(DEFAULT_QUERY)).toBe('');
    expect(parseReviewQuery('')).toEqual(DEFAULT_QUERY);
  });

  it('never writes the search text, which often names a client, into the address', () => {
    const query = { ...DEFAULT_QUERY, filters: { ...DEFAULT_QUERY.filters, search: 'Zoë Brontë' } };
    expect(formatReviewQuery(query)).toBe('');
    expect(parseReviewQuery('?q=Zo%C3%AB').filters.search).toBe('');
  });

  it('reads back every filter but the search, the sort and the page it wrote', () => {
    const query: ReviewListQuery = {
      filters: {
        search: 'Zoë Brontë',
        therapist: 'u-grace',
        setting: 'school',
        status: 'signed',
        dateFrom: '2025-01-01',
        dateTo: '2025-06-30',
        hasHighPriorityBarriers: true,
      },
      sort: { key: 'client', direction: 'descending' },
      page: 3,
    };
    expect(parseReviewQuery(formatReviewQuery(query))).toEqual({
      ...query,
      filters: { ...query.filters, search: '' },
    });
  });

  it('ignores values it does not know', () => {
    const parsed = parseReviewQuery('?status=lost&setting=moon&from=yesterday&sort=size&page=-2');
    expect(parsed).toEqual(DEFAULT_QUERY);
  });

  it('turns a sorted column around, and starts a new one in its natural direction', () => {
    expect(nextSort({ key: 'date', direction: 'descending' }, 'date')).toEqual({
      key: 'date',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'date', direction: 'descending' }, 'client')).toEqual({
      key: 'client',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'client', direction: 'ascending' }, 'barriers')).toEqual({
      key: 'barriers',
      direction: 'descending',
    });
  });
});
