import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readScenarioProgress, type ScenarioProgress } from '../../src/stores/progress-format';

/** The Web Storage API over a Map, standing in for a browser's localStorage. */
class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }

  /** Returns every stored key and value, for comparing whole storages. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }
}

/** A localStorage that reads but throws on every write, as a full or blocked one does. */
class RefusingStorage extends MemoryStorage {
  constructor(private readonly error: () => Error) {
    super();
  }

  override setItem(): void {
    throw this.error();
  }
}

/**
 * Imports fresh progress and storage modules on a browser-like global with `storage`
 * as localStorage. The persistent engine is chosen when progress.ts is imported, so
 * each call gets its own module instances.
 */
async function loadStores(storage: Storage) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage: storage }));
  const stores = await import('../../src/stores/progress');
  const { storageStatus } = await import('../../src/stores/storage');
  return { ...stores, storageStatus };
}

const PREFIX = 'sal:progress:v1:';
const KEY = 'week-1/average-handle-time';
const OTHER_KEY = 'week-2/channel-mix';
const START = new Date('2024-03-04T10:00:00.000Z');

const WRONG = { graded: true, correct: false };
const RIGHT = { graded: true, correct: true };
const UNGRADED = { graded: false, correct: false };

/** Stored progress with one solved question on variant 0. */
const storedProgress: ScenarioProgress = {
  v: 1,
  variant: 0,
  variants: {
    '0': {
      'email-share': {
        draft: '25',
        checked: '25',
        attempts: 2,
        solvedAt: '2024-03-01T09:00:00.000Z',
        revealedAt: null,
      },
    },
  },
  updatedAt: '2024-03-01T09:00:00.000Z',
};

/** Moves the clock on by one second, so each step gets its own timestamp. */
function tick(): string {
  vi.advanceTimersByTime(1000);
  return new Date().toISOString();
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('recordCheck', () => {
  it('counts graded attempts only', async () => {
    const { progress, recordCheck } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '', UNGRADED);
    recordCheck(KEY, 'email-share', '12abc', UNGRADED);
    expect(progress.get()[KEY]?.variants['0']?.['email-share']?.attempts).toBe(0);

    recordCheck(KEY, 'email-share', '30', WRONG);
    recordCheck(KEY, 'email-share', '30 %', UNGRADED);
    recordCheck(KEY, 'email-share', '25', RIGHT);
    expect(progress.get()[KEY]?.variants['0']?.['email-share']?.attempts).toBe(2);
  });

  it('stores the checked answer', async () => {
    const { progress, recordCheck } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '30', WRONG);

    expect(progress.get()[KEY]).toEqual({
      v: 1,
      variant: 0,
      variants: {
        '0': {
          'email-share': {
            draft: '30',
            checked: '30',
            attempts: 1,
            solvedAt: null,
            revealedAt: null,
          },
        },
      },
      updatedAt: START.toISOString(),
    });
  });

  it('sets solvedAt once', async () => {
    const { progress, recordCheck } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '30', WRONG);
    const solvedAt = tick();
    recordCheck(KEY, 'email-share', '25', RIGHT);
    tick();
    recordCheck(KEY, 'email-share', '30', WRONG);
    const lastCheck = tick();
    recordCheck(KEY, 'email-share', '25%', RIGHT);

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record?.solvedAt).toBe(solvedAt);
    expect(record?.attempts).toBe(4);
    expect(record?.checked).toBe('25%');
    expect(progress.get()[KEY]?.updatedAt).toBe(lastCheck);
  });

  it('opens solution on third wrong attempt', async () => {
    const { progress, questionStatus, recordCheck } = await loadStores(new MemoryStorage());
    const record = () => progress.get()[KEY]?.variants['0']?.['email-share'];

    recordCheck(KEY, 'email-share', '30', WRONG);
    tick();
    recordCheck(KEY, 'email-share', '31', WRONG);
    recordCheck(KEY, 'email-share', '', UNGRADED);
    expect(record()?.revealedAt).toBeNull();
    expect(questionStatus(record())).toBe('attempted');

    const thirdWrong = tick();
    recordCheck(KEY, 'email-share', '32', WRONG);
    expect(record()?.revealedAt).toBe(thirdWrong);
    expect(questionStatus(record())).toBe('revealed');

    tick();
    recordCheck(KEY, 'email-share', '25', RIGHT);
    expect(record()?.revealedAt).toBe(thirdWrong);
    expect(questionStatus(record())).toBe('revealed');
  });

  it('keeps solution closed when solved', async () => {
    const { progress, questionStatus, recordCheck } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '30', WRONG);
    recordCheck(KEY, 'email-share', '31', WRONG);
    recordCheck(KEY, 'email-share', '25', RIGHT);
    recordCheck(KEY, 'email-share', '30', WRONG);
    recordCheck(KEY, 'email-share', '31', WRONG);

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record?.attempts).toBe(5);
    expect(record?.revealedAt).toBeNull();
    expect(questionStatus(record)).toBe('solved');
  });

  it('keeps other questions apart', async () => {
    const { progress, recordCheck } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '25', RIGHT);
    recordCheck(KEY, 'average-duration', '100', WRONG);
    recordCheck(OTHER_KEY, 'email-share', '10', WRONG);

    const answers = progress.get()[KEY]?.variants['0'];
    expect(answers?.['email-share']?.attempts).toBe(1);
    expect(answers?.['average-duration']?.attempts).toBe(1);
    expect(answers?.['average-duration']?.solvedAt).toBeNull();
    expect(progress.get()[OTHER_KEY]?.variants['0']?.['email-share']?.checked).toBe('10');
  });
});

describe('revealSolution', () => {
  it('records the first reveal only', async () => {
    const { progress, questionStatus, revealSolution } = await loadStores(new MemoryStorage());

    revealSolution(KEY, 'email-share');
    tick();
    revealSolution(KEY, 'email-share');

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record).toEqual({
      draft: '',
      checked: null,
      attempts: 0,
      solvedAt: null,
      revealedAt: START.toISOString(),
    });
    expect(questionStatus(record)).toBe('revealed');
  });

  it('keeps a solved question solved', async () => {
    const { progress, questionStatus, recordCheck, revealSolution } = await loadStores(
      new MemoryStorage(),
    );

    recordCheck(KEY, 'email-share', '25', RIGHT);
    const revealedAt = tick();
    revealSolution(KEY, 'email-share');

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record?.revealedAt).toBe(revealedAt);
    expect(record?.checked).toBe('25');
    expect(questionStatus(record)).toBe('solved');
  });
});

describe('saveDraft', () => {
  it('keeps unchecked text', async () => {
    const { progress, questionStatus, saveDraft } = await loadStores(new MemoryStorage());

    saveDraft(KEY, 'email-share', '2');
    saveDraft(KEY, 'email-share', '25');

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record).toEqual({
      draft: '25',
      checked: null,
      attempts: 0,
      solvedAt: null,
      revealedAt: null,
    });
    expect(questionStatus(record)).toBe('unanswered');
  });

  it('keeps the checked answer', async () => {
    const { progress, recordCheck, saveDraft } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '30', WRONG);
    saveDraft(KEY, 'email-share', '2');

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record?.draft).toBe('2');
    expect(record?.checked).toBe('30');
    expect(record?.attempts).toBe(1);
  });
});

describe('startNextVariant', () => {
  it('keeps earlier variant answers', async () => {
    const { progress, recordCheck, startNextVariant } = await loadStores(new MemoryStorage());

    recordCheck(KEY, 'email-share', '25', RIGHT);
    const earlier = progress.get()[KEY]?.variants['0'];
    const movedAt = tick();
    startNextVariant(KEY);

    expect(progress.get()[KEY]?.variant).toBe(1);
    expect(progress.get()[KEY]?.updatedAt).toBe(movedAt);
    expect(progress.get()[KEY]?.variants['0']).toEqual(earlier);

    recordCheck(KEY, 'email-share', '40', WRONG);
    expect(progress.get()[KEY]?.variants['1']?.['email-share']?.checked).toBe('40');
    expect(progress.get()[KEY]?.variants['0']).toEqual(earlier);
  });

  it('starts from variant 1 without progress', async () => {
    const { progress, startNextVariant } = await loadStores(new MemoryStorage());

    startNextVariant(KEY);

    expect(progress.get()[KEY]).toEqual({
      v: 1,
      variant: 1,
      variants: {},
      updatedAt: START.toISOString(),
    });
  });
});

describe('progress storage', () => {
  it('writes one key per scenario', async () => {
    const storage = new MemoryStorage();
    const { progress, recordCheck, saveDraft } = await loadStores(storage);

    recordCheck(KEY, 'email-share', '25', RIGHT);
    saveDraft(OTHER_KEY, 'top-product', 'Kettle');

    expect(Object.keys(storage.entries()).sort()).toEqual([PREFIX + KEY, PREFIX + OTHER_KEY]);
    const stored = storage.getItem(PREFIX + KEY);
    expect(stored).not.toBeNull();
    expect(readScenarioProgress(stored ?? '')).toEqual(progress.get()[KEY]);
    const otherStored = storage.getItem(PREFIX + OTHER_KEY);
    expect(readScenarioProgress(otherStored ?? '')).toEqual(progress.get()[OTHER_KEY]);
  });

  it('reads stored progress on load', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + KEY, JSON.stringify(storedProgress));
    const { progress, unreadableProgress } = await loadStores(storage);

    expect(progress.get()).toEqual({ [KEY]: storedProgress });
    expect(unreadableProgress.get()).toBe(0);
  });

  it('continues stored attempts', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + KEY, JSON.stringify(storedProgress));
    const { progress, recordCheck } = await loadStores(storage);

    recordCheck(KEY, 'email-share', '30', WRONG);

    const record = progress.get()[KEY]?.variants['0']?.['email-share'];
    expect(record?.attempts).toBe(3);
    expect(record?.solvedAt).toBe('2024-03-01T09:00:00.000Z');
    expect(record?.revealedAt).toBeNull();
  });
});

describe('corrupt stored progress', () => {
  const corrupt = JSON.stringify(storedProgress).slice(0, 60);

  /** Storage with a cut-off value for KEY and a valid one for OTHER_KEY. */
  function damagedStorage(): MemoryStorage {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + KEY, corrupt);
    storage.setItem(PREFIX + OTHER_KEY, JSON.stringify(storedProgress));
    return storage;
  }

  it('loads an undefined entry', async () => {
    const { progress, unreadableProgress } = await loadStores(damagedStorage());

    expect(progress.get()[KEY]).toBeUndefined();
    expect(unreadableProgress.get()).toBe(1);
  });

  it('keeps other scenarios readable', async () => {
    const { progress } = await loadStores(damagedStorage());

    expect(progress.get()[OTHER_KEY]).toEqual(storedProgress);
  });

  it('keeps the corrupt value until saved', async () => {
    const storage = damagedStorage();
    const { progress, recordCheck } = await loadStores(storage);

    progress.get();
    recordCheck(OTHER_KEY, 'email-share', '25', RIGHT);
    expect(storage.getItem(PREFIX + KEY)).toBe(corrupt);

    recordCheck(KEY, 'email-share', '30', WRONG);
    const saved = readScenarioProgress(storage.getItem(PREFIX + KEY) ?? '');
    expect(saved?.variants['0']?.['email-share']?.attempts).toBe(1);
    expect(saved).toEqual(progress.get()[KEY]);
  });

  it('counts each value once', async () => {
    const { progress, unreadableProgress } = await loadStores(damagedStorage());

    // Reading an unmounted store mounts it, and it unmounts a second later.
    progress.get();
    vi.advanceTimersByTime(5000);
    progress.get();
    const unsubscribe = progress.listen(() => {});
    window.dispatchEvent(new Event('pageshow'));
    unsubscribe();

    expect(unreadableProgress.get()).toBe(1);
  });

  it('leaves corrupt entry out of exports', async () => {
    const { exportProgress } = await loadStores(damagedStorage());

    const exported = JSON.parse(exportProgress(START));

    expect(Object.keys(exported.entries)).toEqual([OTHER_KEY]);
  });
});

describe('storage that rejects writes', () => {
  const errors: [string, () => Error][] = [
    [
      'QuotaExceededError',
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    ],
    ['plain Error', () => new Error('Storage is disabled.')],
  ];

  for (const [name, error] of errors) {
    it(`keeps grading on ${name}`, async () => {
      const storage = new RefusingStorage(error);
      const { progress, questionStatus, recordCheck, storageStatus } = await loadStores(storage);
      expect(storageStatus.get()).toBe('saving');

      recordCheck(KEY, 'email-share', '30', WRONG);
      expect(storageStatus.get()).toBe('write-failed');
      recordCheck(KEY, 'email-share', '25', RIGHT);

      const record = progress.get()[KEY]?.variants['0']?.['email-share'];
      expect(record?.attempts).toBe(2);
      expect(record?.solvedAt).toBe(START.toISOString());
      expect(questionStatus(record)).toBe('solved');
      expect(storage.length).toBe(0);
    });
  }

  it('keeps stored progress readable', async () => {
    const storage = new RefusingStorage(() => new Error('Storage is disabled.'));
    // Bypass the override to seed what an earlier visit stored.
    MemoryStorage.prototype.setItem.call(storage, PREFIX + KEY, JSON.stringify(storedProgress));
    const { progress, recordCheck } = await loadStores(storage);

    recordCheck(KEY, 'average-duration', '100', WRONG);

    expect(progress.get()[KEY]?.variants['0']?.['email-share']).toEqual(
      storedProgress.variants['0']?.['email-share'],
    );
    expect(progress.get()[KEY]?.variants['0']?.['average-duration']?.attempts).toBe(1);
    expect(storage.getItem(PREFIX + KEY)).toBe(JSON.stringify(storedProgress));
  });
});

describe('exportProgress', () => {
  it('writes the export format', async () => {
    const { exportProgress, recordCheck } = await loadStores(new MemoryStorage());
    recordCheck(KEY, 'email-share', '25', RIGHT);

    const exported = JSON.parse(exportProgress(new Date('2024-03-05T08:00:00.000Z')));

    expect(exported.format).toBe('support-analytics-lab-progress');
    expect(exported.version).toBe(1);
    expect(exported.exportedAt).toBe('2024-03-05T08:00:00.000Z');
    expect(Object.keys(exported.entries)).toEqual([KEY]);
  });

  it('round trips into empty storage', async () => {
    const first = await loadStores(new MemoryStorage());
    first.recordCheck(KEY, 'email-share', '30', WRONG);
    first.recordCheck(KEY, 'email-share', '25', RIGHT);
    first.startNextVariant(KEY);
    first.saveDraft(KEY, 'email-share', '4');
    first.revealSolution(OTHER_KEY, 'top-product');
    const entries = first.progress.get();
    const text = first.exportProgress();

    const target = new MemoryStorage();
    const second = await loadStores(target);
    const result = second.importProgress(text);

    expect(result).toEqual({ ok: true, scenarios: 2 });
    expect(second.progress.get()).toEqual(entries);
    expect(Object.keys(target.entries()).sort()).toEqual([PREFIX + KEY, PREFIX + OTHER_KEY]);
    expect(readScenarioProgress(target.getItem(PREFIX + KEY) ?? '')).toEqual(entries[KEY]);
  });
});

describe('importProgress', () => {
  /** Loads stores whose storage has progress for KEY only. */
  async function loadWithProgress() {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + KEY, JSON.stringify(storedProgress));
    const stores = await loadStores(storage);
    return { storage, ...stores };
  }

  /** Builds the text of an export file, with `fields` replacing the valid ones. */
  function exportText(fields: Record<string, unknown>): string {
    return JSON.stringify({
      format: 'support-analytics-lab-progress',
      version: 1,
      exportedAt: '2024-03-05T08:00:00.000Z',
      entries: { [OTHER_KEY]: storedProgress },
      ...fields,
    });
  }

  it('keeps scenarios not in the file', async () => {
    const { importProgress, progress } = await loadWithProgress();
    const imported = { ...storedProgress, variant: 2 };

    const result = importProgress(exportText({ entries: { [OTHER_KEY]: imported } }));

    expect(result).toEqual({ ok: true, scenarios: 1 });
    expect(progress.get()).toEqual({ [KEY]: storedProgress, [OTHER_KEY]: imported });
  });

  it('replaces scenarios in the file', async () => {
    const { importProgress, progress, storage } = await loadWithProgress();
    const imported = { ...storedProgress, variant: 3 };

    importProgress(exportText({ entries: { [KEY]: imported } }));

    expect(progress.get()[KEY]).toEqual(imported);
    expect(readScenarioProgress(storage.getItem(PREFIX + KEY) ?? '')).toEqual(imported);
  });

  const damagedRecord = { ...storedProgress.variants['0']?.['email-share'], attempts: 'two' };
  const rejected: [string, string, string][] = [
    [
      'non-JSON',
      '{"format": "support-analytics-lab-progress", "version": 1,',
      'This file is not JSON. Choose a file saved with "Export progress".',
    ],
    [
      'an array',
      JSON.stringify([storedProgress]),
      'This file is not a progress export of Support Analytics Lab.',
    ],
    ['null', 'null', 'This file is not a progress export of Support Analytics Lab.'],
    [
      'scenario progress',
      JSON.stringify(storedProgress),
      'This file is not a progress export of Support Analytics Lab.',
    ],
    [
      'another format',
      exportText({ format: 'other-app-progress' }),
      'This file is not a progress export of Support Analytics Lab.',
    ],
    [
      'version 2',
      exportText({ version: 2 }),
      'This export has format version 2; this site reads version 1.',
    ],
    [
      'a string version',
      exportText({ version: '1' }),
      'This export has format version "1"; this site reads version 1.',
    ],
    ['missing entries', exportText({ entries: undefined }), 'This export has no progress entries.'],
    ['array entries', exportText({ entries: [] }), 'This export has no progress entries.'],
    [
      'a damaged record',
      exportText({
        entries: {
          [OTHER_KEY]: storedProgress,
          [KEY]: { ...storedProgress, variants: { '0': { 'email-share': damagedRecord } } },
        },
      }),
      `The entry "${KEY}" is damaged or not a progress entry.`,
    ],
    [
      'a key without a slash',
      exportText({ entries: { [OTHER_KEY]: storedProgress, 'week-1': storedProgress } }),
      'The entry "week-1" is damaged or not a progress entry.',
    ],
    [
      'a key with two slashes',
      exportText({ entries: { 'week-1/a/b': storedProgress } }),
      'The entry "week-1/a/b" is damaged or not a progress entry.',
    ],
  ];

  for (const [name, text, message] of rejected) {
    it(`rejects ${name}`, async () => {
      const { importProgress, progress, storage } = await loadWithProgress();
      const before = storage.entries();

      const result = importProgress(text);

      expect(result).toEqual({ ok: false, message });
      expect(progress.get()).toEqual({ [KEY]: storedProgress });
      expect(storage.entries()).toEqual(before);
    });
  }
});

describe('resetProgress', () => {
  it('removes only prefixed keys', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + KEY, JSON.stringify(storedProgress));
    storage.setItem(PREFIX + 'week-3/unreadable', '{"v":1,"vari');
    storage.setItem('sal:theme', 'dark');
    storage.setItem('sal:progress:v0:week-1/average-handle-time', '{}');
    storage.setItem('other-app:state', '{"open":true}');
    const { progress, recordCheck, resetProgress } = await loadStores(storage);
    recordCheck(OTHER_KEY, 'email-share', '25', RIGHT);

    resetProgress();

    expect(progress.get()).toEqual({});
    expect(storage.entries()).toEqual({
      'sal:theme': 'dark',
      'sal:progress:v0:week-1/average-handle-time': '{}',
      'other-app:state': '{"open":true}',
    });
  });
});
