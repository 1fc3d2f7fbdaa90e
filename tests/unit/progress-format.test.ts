import { describe, expect, it } from 'vitest';
import {
  questionStatus,
  readScenarioProgress,
  summarizeScenario,
  type AnswerRecord,
  type ScenarioProgress,
} from '../../src/stores/progress-format';

const UPDATED_AT = '2024-03-04T10:30:00.000Z';

/** An answer record with everyday defaults, so a test names only the fields it is about. */
function answer(fields: Partial<AnswerRecord> = {}): AnswerRecord {
  return { draft: '', checked: null, attempts: 0, solvedAt: null, revealedAt: null, ...fields };
}

const solved = answer({
  draft: '25',
  checked: '25',
  attempts: 1,
  solvedAt: '2024-03-04T10:00:00.000Z',
});
const revealed = answer({
  draft: '20',
  checked: '20',
  attempts: 3,
  revealedAt: '2024-03-04T10:05:00.000Z',
});
const attempted = answer({ draft: '30', checked: '30', attempts: 1 });

/** Scenario progress on variant 0 with the given answers per variant. */
function scenario(variants: Record<string, Record<string, AnswerRecord>>): ScenarioProgress {
  return { v: 1, variant: 0, variants, updatedAt: UPDATED_AT };
}

const QUESTIONS = ['email-share', 'average-duration', 'top-product'];

describe('readScenarioProgress', () => {
  const valid = {
    v: 1,
    variant: 1,
    variants: {
      '0': { 'email-share': revealed },
      '1': { 'email-share': solved, 'average-duration': attempted },
    },
    updatedAt: UPDATED_AT,
  };

  it('accepts a valid entry', () => {
    expect(readScenarioProgress(JSON.stringify(valid))).toEqual(valid);
  });

  it('accepts a record without revealedAt', () => {
    const { revealedAt: _, ...older } = solved;
    const text = JSON.stringify({ ...valid, variants: { '0': { 'email-share': older } } });

    const read = readScenarioProgress(text);

    expect(read?.variants['0']?.['email-share']).toEqual({ ...older, revealedAt: null });
  });

  it('rejects JSON cut off midway', () => {
    const text = JSON.stringify(valid);

    expect(readScenarioProgress(text.slice(0, text.length / 2))).toBeUndefined();
    expect(readScenarioProgress('')).toBeUndefined();
  });

  it('rejects another format version', () => {
    expect(readScenarioProgress(JSON.stringify({ ...valid, v: 2 }))).toBeUndefined();
    expect(readScenarioProgress(JSON.stringify({ ...valid, v: '1' }))).toBeUndefined();
  });

  it('rejects an invalid variant number', () => {
    expect(readScenarioProgress(JSON.stringify({ ...valid, variant: -1 }))).toBeUndefined();
    expect(readScenarioProgress(JSON.stringify({ ...valid, variant: 0.5 }))).toBeUndefined();
    expect(readScenarioProgress(JSON.stringify({ ...valid, variant: '1' }))).toBeUndefined();
  });

  it('rejects a string attempt count', () => {
    const damaged = { ...solved, attempts: '1' };
    const text = JSON.stringify({ ...valid, variants: { '0': { 'email-share': damaged } } });

    expect(readScenarioProgress(text)).toBeUndefined();
  });

  it('rejects other damaged records', () => {
    const records: unknown[] = [
      { ...solved, attempts: -1 },
      { ...solved, draft: 25 },
      { ...solved, checked: undefined },
      { ...solved, solvedAt: 1709546400000 },
      { ...solved, revealedAt: false },
      null,
    ];
    for (const record of records) {
      const text = JSON.stringify({ ...valid, variants: { '0': { 'email-share': record } } });
      expect(readScenarioProgress(text), JSON.stringify(record)).toBeUndefined();
    }
  });

  it('rejects arrays', () => {
    expect(readScenarioProgress(JSON.stringify([valid]))).toBeUndefined();
    expect(readScenarioProgress(JSON.stringify({ ...valid, variants: [] }))).toBeUndefined();
    const answersArray = { ...valid, variants: { '0': [solved] } };
    expect(readScenarioProgress(JSON.stringify(answersArray))).toBeUndefined();
  });

  it('rejects a missing updatedAt', () => {
    const { updatedAt: _, ...withoutDate } = valid;

    expect(readScenarioProgress(JSON.stringify(withoutDate))).toBeUndefined();
  });

  it('rejects JSON that is not an object', () => {
    expect(readScenarioProgress('null')).toBeUndefined();
    expect(readScenarioProgress('"progress"')).toBeUndefined();
    expect(readScenarioProgress('1')).toBeUndefined();
  });
});

describe('questionStatus', () => {
  it('returns unanswered without a record', () => {
    expect(questionStatus(undefined)).toBe('unanswered');
  });

  it('returns unanswered for unchecked draft', () => {
    expect(questionStatus(answer({ draft: '25' }))).toBe('unanswered');
  });

  it('returns attempted after a wrong attempt', () => {
    expect(questionStatus(attempted)).toBe('attempted');
  });

  it('returns solved after a correct answer', () => {
    expect(questionStatus(solved)).toBe('solved');
  });

  it('returns revealed for a shown solution', () => {
    expect(questionStatus(revealed)).toBe('revealed');
  });

  it('returns revealed when revealed before solved', () => {
    const record = answer({
      attempts: 4,
      revealedAt: '2024-03-04T10:00:00.000Z',
      solvedAt: '2024-03-04T10:00:00.001Z',
    });

    expect(questionStatus(record)).toBe('revealed');
  });

  it('returns solved when solved before revealed', () => {
    const record = answer({
      attempts: 1,
      solvedAt: '2024-03-04T10:00:00.000Z',
      revealedAt: '2024-03-04T10:00:00.001Z',
    });

    expect(questionStatus(record)).toBe('solved');
  });
});

describe('summarizeScenario', () => {
  it('reports no progress as not started', () => {
    expect(summarizeScenario(undefined, QUESTIONS)).toEqual({
      status: 'not-started',
      solved: 0,
      revealed: 0,
      total: 3,
      updatedAt: null,
    });
  });

  it('reports untouched variants as not started', () => {
    const drafts = scenario({ '0': {}, '1': { 'email-share': answer({ draft: '2' }) } });

    expect(summarizeScenario(drafts, QUESTIONS)).toEqual({
      status: 'not-started',
      solved: 0,
      revealed: 0,
      total: 3,
      updatedAt: UPDATED_AT,
    });
  });

  it('reports attempts only as in progress', () => {
    const progress = scenario({ '0': { 'email-share': attempted } });

    expect(summarizeScenario(progress, QUESTIONS)).toEqual({
      status: 'in-progress',
      solved: 0,
      revealed: 0,
      total: 3,
      updatedAt: UPDATED_AT,
    });
  });

  it('reports partly solved as in progress', () => {
    const progress = scenario({ '0': { 'email-share': solved, 'top-product': revealed } });

    expect(summarizeScenario(progress, QUESTIONS)).toEqual({
      status: 'in-progress',
      solved: 1,
      revealed: 1,
      total: 3,
      updatedAt: UPDATED_AT,
    });
  });

  it('reports every question solved as complete', () => {
    const progress = scenario({
      '0': { 'email-share': solved, 'average-duration': solved, 'top-product': solved },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toMatchObject({
      status: 'complete',
      solved: 3,
      revealed: 0,
    });
  });

  it('counts solved and revealed toward complete', () => {
    const progress = scenario({
      '0': { 'email-share': solved, 'average-duration': revealed, 'top-product': solved },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toEqual({
      status: 'complete',
      solved: 2,
      revealed: 1,
      total: 3,
      updatedAt: UPDATED_AT,
    });
  });

  it('reports every solution shown as complete', () => {
    const progress = scenario({
      '0': { 'email-share': revealed, 'average-duration': revealed, 'top-product': revealed },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toMatchObject({
      status: 'complete',
      solved: 0,
      revealed: 3,
    });
  });

  it('ignores answers to other questions', () => {
    const progress = scenario({
      '0': { 'email-share': solved, 'removed-question': solved, 'top-product': solved },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toMatchObject({
      status: 'in-progress',
      solved: 2,
      revealed: 0,
    });
  });

  it('picks the variant with most solved', () => {
    const progress = scenario({
      '0': { 'email-share': solved, 'average-duration': revealed },
      '1': { 'email-share': solved, 'average-duration': solved },
      '2': { 'email-share': attempted },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toMatchObject({
      status: 'in-progress',
      solved: 2,
      revealed: 0,
    });
  });

  it('breaks a solved tie by revealed', () => {
    const progress = scenario({
      '0': { 'email-share': solved },
      '1': { 'email-share': solved, 'average-duration': revealed },
      '2': { 'average-duration': solved },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toMatchObject({
      status: 'in-progress',
      solved: 1,
      revealed: 1,
    });
  });

  it('stays complete after better partial variant', () => {
    // Variant 0 is done with one solution shown. Variant 1 has more solved but is unfinished.
    const progress = scenario({
      '0': { 'email-share': solved, 'average-duration': revealed, 'top-product': revealed },
      '1': { 'email-share': solved, 'average-duration': solved },
    });

    expect(summarizeScenario(progress, QUESTIONS)).toEqual({
      status: 'complete',
      solved: 2,
      revealed: 0,
      total: 3,
      updatedAt: UPDATED_AT,
    });
  });

  it('never completes without questions', () => {
    const progress = scenario({ '0': { 'email-share': solved } });

    expect(summarizeScenario(progress, [])).toMatchObject({ status: 'not-started', total: 0 });
  });
});
