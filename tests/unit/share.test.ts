import { describe, expect, it } from 'vitest';
import { formatRounded, share, sharesBy } from '../../src/engine';
import { channelCounts, dataset, smallWeek } from './fixtures';

describe('share', () => {
  it('is the segment count over the total, in percent', () => {
    expect(share(smallWeek(), 'product', 'Kettle')).toBe(50);
    expect(share(smallWeek(), 'product', 'Toaster')).toBe(20);
  });

  it('of a weekday with no interactions is zero', () => {
    expect(share(smallWeek(), 'weekday', 'Sunday')).toBe(0);
  });

  it('of an empty dataset is an error', () => {
    expect(() => share(dataset([]), 'product', 'Kettle')).toThrow(
      'A share needs at least one interaction: the dataset is empty.',
    );
  });
});

describe('sharesBy', () => {
  it('gives exact shares that round like the grader', () => {
    // Phone 12, Email 4, Chat 1: 70.588..., 23.529..., 5.882...
    const shares = sharesBy(channelCounts({ Phone: 12, Email: 4, Chat: 1 }), 'channel');
    expect(shares.map((entry) => entry.share)).toEqual([
      (12 / 17) * 100,
      (4 / 17) * 100,
      (1 / 17) * 100,
    ]);
    expect(shares.map((entry) => formatRounded(entry.share, 0))).toEqual(['71', '24', '6']);
  });
});
