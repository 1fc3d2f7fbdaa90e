import { describe, expect, it } from 'vitest';
import { repeatContacts, repeatRate } from '../../src/engine';
import { dataset, row, smallWeek } from './fixtures';

// smallWeek has one repeat contact: a Kettle email on Tuesday 2024-03-05.

describe('repeatRate', () => {
  it('is repeat contacts over all interactions', () => {
    // 1 / 10 x 100.
    expect(repeatRate(smallWeek())).toBe(10);
  });

  it('applies a filter', () => {
    // Kettle: 1 repeat of 5.
    expect(repeatRate(smallWeek(), { where: { product: ['Kettle'] } })).toBe(20);
  });

  it('applies a date filter', () => {
    // Tuesday: 1 repeat of 3.
    const tuesday = { dates: { from: '2024-03-05', to: '2024-03-05' } };
    expect(repeatRate(smallWeek(), tuesday)).toBeCloseTo(100 / 3, 12);
  });

  it('is zero with no repeats', () => {
    expect(repeatRate(smallWeek(), { where: { product: ['Fan'] } })).toBe(0);
  });

  it('is 100 when every contact repeats', () => {
    expect(repeatRate(dataset([row({ repeat: true }), row({ repeat: true })]))).toBe(100);
  });

  it('counts repeats on every channel', () => {
    // 1 repeat call and 1 repeat email of 4 interactions.
    const mixed = dataset([
      row({ channel: 'Phone', durationSeconds: 60, repeat: true }),
      row({ channel: 'Email', repeat: true }),
      row({ channel: 'Email' }),
      row({ channel: 'Chat' }),
    ]);
    expect(repeatRate(mixed)).toBe(50);
  });

  it('rejects an empty dataset', () => {
    expect(() => repeatRate(dataset([]))).toThrow(
      'A repeat rate needs at least one interaction: the selection is empty.',
    );
  });

  it('rejects a filter that keeps nothing', () => {
    expect(() => repeatRate(smallWeek(), { dates: { to: '2024-03-01' } })).toThrow(
      'A repeat rate needs at least one interaction: the selection is empty.',
    );
  });
});

describe('repeatContacts', () => {
  it('counts repeat contacts', () => {
    expect(repeatContacts(smallWeek())).toBe(1);
  });

  it('applies a filter', () => {
    expect(repeatContacts(smallWeek(), { where: { weekday: ['Monday'] } })).toBe(0);
    expect(repeatContacts(smallWeek(), { where: { weekday: ['Tuesday'] } })).toBe(1);
  });

  it('is zero for an empty dataset', () => {
    expect(repeatContacts(dataset([]))).toBe(0);
  });
});
