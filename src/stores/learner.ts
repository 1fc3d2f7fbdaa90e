import { persistentAtom } from '@nanostores/persistent';
import './progress';

/** Maximum length of a learner id, in characters. */
export const MAX_LEARNER_ID = 40;

const ALLOWED = /^[\p{L}\p{N} ._@-]*$/u;

/**
 * The learner id set on the progress page, such as a student number; '' when
 * none is set. Scenario variants derive from it, so classmates get different data.
 * Importing './progress' first installs the storage engine that handles a
 * storage that refuses writes.
 */
export const learnerId = persistentAtom<string>('sal:learner-id', '');

export type LearnerIdResult = { ok: true; value: string } | { ok: false; message: string };

/** Checks and stores a learner id; an invalid one is rejected with the reason and changes nothing. */
export function setLearnerId(text: string): LearnerIdResult {
  const value = text.trim();
  if (value.length > MAX_LEARNER_ID) {
    return {
      ok: false,
      message: `A learner id has at most ${MAX_LEARNER_ID} characters; this one has ${value.length}.`,
    };
  }
  if (!ALLOWED.test(value)) {
    return {
      ok: false,
      message: 'A learner id may contain letters, digits, spaces and . _ @ - only.',
    };
  }
  learnerId.set(value);
  return { ok: true, value };
}
