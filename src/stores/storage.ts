import { atom } from 'nanostores';
import type { PersistentStore } from '@nanostores/persistent';

/** Whether the browser keeps what the learner does beyond this page. */
export type StorageStatus = 'saving' | 'unavailable' | 'write-failed';

export const storageStatus = atom<StorageStatus>('saving');

/**
 * Wraps localStorage for @nanostores/persistent so that storage which is missing,
 * full or refuses writes (a private window, a quota) never breaks a page. A value
 * that cannot be written stays in memory, so the learner keeps working on this
 * page, and `storageStatus` says that progress is not being saved.
 */
export function createSafeStorage(): PersistentStore {
  const memory: Record<string, string> = {};
  const storage = openLocalStorage();
  if (!storage) storageStatus.set('unavailable');

  const read = (key: string): string | undefined => {
    if (key in memory) return memory[key];
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const keys = (): string[] => {
    const found = new Set(Object.keys(memory));
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) found.add(key);
      }
    } catch {
      // Keys that cannot be listed are missing for this page, as if never stored.
    }
    return [...found];
  };

  return new Proxy(memory, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_, key, value) => {
      if (typeof key !== 'string') return false;
      memory[key] = String(value);
      try {
        storage?.setItem(key, String(value));
        if (storage) delete memory[key];
      } catch {
        storageStatus.set('write-failed');
      }
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key !== 'string') return false;
      delete memory[key];
      try {
        storage?.removeItem(key);
      } catch {
        storageStatus.set('write-failed');
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) => {
      if (typeof key !== 'string') return undefined;
      const value = read(key);
      if (value === undefined) return undefined;
      return { value, enumerable: true, configurable: true, writable: true };
    },
  });
}

function openLocalStorage(): Storage | undefined {
  try {
    if (typeof localStorage === 'undefined') return undefined;
    // Some browsers expose localStorage but throw on first use.
    localStorage.getItem('sal:probe');
    return localStorage;
  } catch {
    return undefined;
  }
}
