import { describe, expect, it } from 'vitest';
import { findDates, reviewState } from '../../src/policy/dates.ts';

describe('policy dates', () => {
  it.each([
    ['Summer Term 2020', '2020-08-31'],
    ['Spring 2024', '2024-04-30'],
    ['Autumn Term 2023', '2023-12-31'],
    ['February 2019', '2019-02-28'],
    ['February 2020', '2020-02-29'],
    ['November 2021', '2021-11-30'],
    ['18 March 2024', '2024-03-18'],
    ['16th March 2023', '2023-03-16'],
  ])('reads "%s" as lasting until %s', (text, end) => {
    expect(findDates(`Next review: ${text}`)[0]).toMatchObject({ text, end });
  });

  it('is overdue from the day after the review date, not on it', () => {
    const policy = { review: { due: '2024-03-18', text: '18 March 2024' } };
    expect(reviewState(policy, new Date('2024-03-18T23:00:00Z')).overdue).toBe(false);
    expect(reviewState(policy, new Date('2024-03-19T00:00:00Z')).overdue).toBe(true);
  });
});
