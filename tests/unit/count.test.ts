import { describe, expect, it } from 'vitest';
import { count, countsBy, rankBy, segmentAtRank, totalInteractions } from '../../src/engine';
import { channelCounts, dataset, smallWeek } from './fixtures';

describe('totalInteractions', () => {
  it('counts every interaction', () => {
    expect(totalInteractions(smallWeek())).toBe(10);
  });

  it('is zero for an empty dataset', () => {
    expect(totalInteractions(dataset([]))).toBe(0);
  });
});

describe('countsBy', () => {
  it('counts per product in label order', () => {
    expect(countsBy(smallWeek(), 'product')).toEqual([
      { label: 'Kettle', count: 5 },
      { label: 'Fan', count: 3 },
      { label: 'Toaster', count: 2 },
    ]);
  });

  it('counts per weekday Monday first, with empty days', () => {
    expect(countsBy(smallWeek(), 'weekday').map((entry) => entry.count)).toEqual([
      4, 3, 2, 0, 1, 0, 0,
    ]);
  });

  it('sums to the total', () => {
    const week = smallWeek();
    const total = countsBy(week, 'channel').reduce((sum, entry) => sum + entry.count, 0);
    expect(total).toBe(10);
  });
});

describe('count', () => {
  it('counts one segment', () => {
    expect(count(smallWeek(), 'channel', 'Phone')).toBe(3);
  });

  it('rejects a label the dataset lacks', () => {
    expect(() => count(smallWeek(), 'product', 'Blender')).toThrow(
      'Unknown product "Blender": the dataset has no such value.',
    );
  });
});

describe('rank', () => {
  it('ranks segments largest first', () => {
    expect(rankBy(smallWeek(), 'product').map((entry) => entry.label)).toEqual([
      'Kettle',
      'Fan',
      'Toaster',
    ]);
  });

  it('finds the single largest segment', () => {
    expect(segmentAtRank(smallWeek(), 'product', 1)).toEqual({ label: 'Kettle', count: 5 });
  });

  it('has no leader when the top is tied', () => {
    const tied = channelCounts({ Phone: 4, Email: 4, Chat: 1 });
    expect(segmentAtRank(tied, 'channel', 1)).toBeUndefined();
    expect(segmentAtRank(tied, 'channel', 3)).toEqual({ label: 'Chat', count: 1 });
  });

  it('has no segment past the last rank', () => {
    expect(segmentAtRank(smallWeek(), 'product', 4)).toBeUndefined();
  });
});
