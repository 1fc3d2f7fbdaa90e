import type { Dataset } from './dataset';
import { generate } from './generate';
import { grade } from './grade';
import type { Question } from './questions';
import { hashString, variantSeed } from './seed';
import type { GeneratorSpec } from './spec';

/** Version of the receipt format, written into every code. */
export const RECEIPT_VERSION = 1;

const PREFIX = `SAL${RECEIPT_VERSION}`;

/** One question's work in a receipt: the answer as typed, attempts, and whether the solution was shown. */
export interface ReceiptAnswer {
  id: string;
  answer: string;
  attempts: number;
  revealed: boolean;
}

/** The record a learner hands in on finishing a scenario. */
export interface Receipt {
  module: string;
  scenario: string;
  /** Variant number from 0, as the seed uses it. */
  variant: number;
  /** The learner id the variant derived from, or '' when none was set. */
  learner: string;
  /** When the scenario was finished, as an ISO timestamp. */
  completedAt: string;
  answers: ReceiptAnswer[];
}

/** Reason a receipt code cannot be read. */
export type ReceiptErrorCode = 'format' | 'checksum' | 'version' | 'payload';

export type DecodedReceipt =
  { ok: true; receipt: Receipt } | { ok: false; code: ReceiptErrorCode; reason: string };

/**
 * Writes a receipt as one line of text: `SAL1-<payload>-<checksum>`, where the
 * payload is base64url JSON and the checksum is FNV-1a of the text before it in
 * hex. FNV-1a changes with any single changed character, so a mistyped code is
 * caught; it is a checksum against slips, not a signature against forgery.
 */
export function encodeReceipt(receipt: Receipt): string {
  const compact = [
    receipt.module,
    receipt.scenario,
    receipt.variant,
    receipt.learner,
    receipt.completedAt,
    receipt.answers.map((entry) => [
      entry.id,
      entry.answer,
      entry.attempts,
      entry.revealed ? 1 : 0,
    ]),
  ];
  const body = `${PREFIX}-${toBase64Url(JSON.stringify(compact))}`;
  return `${body}-${checksum(body)}`;
}

/** Reads a receipt code, or returns the reason it cannot be read. */
export function decodeReceipt(code: string): DecodedReceipt {
  const text = code.trim();
  const match = /^SAL(\d+)-([A-Za-z0-9_-]+)-([0-9a-f]{8})$/.exec(text);
  if (!match) {
    return fail('format', 'not a receipt code: expected SAL<version>-<payload>-<checksum>');
  }

  const [, version, payload, sum] = match as unknown as [string, string, string, string];
  if (Number(version) !== RECEIPT_VERSION) {
    return fail(
      'version',
      `unknown version ${version}: this site reads version ${RECEIPT_VERSION}`,
    );
  }
  if (checksum(`SAL${version}-${payload}`) !== sum) {
    return fail('checksum', 'bad checksum: the code was changed or cut off');
  }

  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(payload));
  } catch {
    return fail('payload', 'the payload is not valid JSON');
  }
  const receipt = readCompact(value);
  return receipt ? { ok: true, receipt } : fail('payload', 'the payload has the wrong shape');
}

/** The result of grading a receipt's answers again on the learner's own dataset. */
export interface Regrade {
  /** Questions answered correctly without the solution shown. */
  score: number;
  total: number;
  attempts: number;
  revealed: number;
  /** Question ids the receipt has no answer for. */
  missing: string[];
}

/**
 * Rebuilds the learner's dataset from the receipt's seed inputs and grades every
 * answer again. A question answered after its solution was shown scores nothing.
 */
export function regradeReceipt(
  receipt: Receipt,
  scenario: { spec: GeneratorSpec; questions: readonly Question[] },
  dataset: Dataset = generate(
    scenario.spec,
    variantSeed(receipt.scenario, receipt.variant, receipt.learner),
  ),
): Regrade {
  const byId = new Map(receipt.answers.map((entry) => [entry.id, entry]));
  let score = 0;
  const missing: string[] = [];

  for (const question of scenario.questions) {
    const entry = byId.get(question.id);
    if (!entry) {
      missing.push(question.id);
      continue;
    }
    if (!entry.revealed && grade(question, dataset, entry.answer).status === 'correct') score++;
  }

  return {
    score,
    total: scenario.questions.length,
    attempts: receipt.answers.reduce((sum, entry) => sum + entry.attempts, 0),
    revealed: receipt.answers.filter((entry) => entry.revealed).length,
    missing,
  };
}

function readCompact(value: unknown): Receipt | undefined {
  if (!Array.isArray(value) || value.length !== 6) return undefined;
  const [module, scenario, variant, learner, completedAt, answers] = value as unknown[];
  if (typeof module !== 'string' || typeof scenario !== 'string' || typeof learner !== 'string') {
    return undefined;
  }
  if (!Number.isInteger(variant) || (variant as number) < 0 || typeof completedAt !== 'string') {
    return undefined;
  }
  if (!Array.isArray(answers)) return undefined;

  const read: ReceiptAnswer[] = [];
  for (const entry of answers) {
    if (!Array.isArray(entry) || entry.length !== 4) return undefined;
    const [id, answer, attempts, revealed] = entry as unknown[];
    if (typeof id !== 'string' || typeof answer !== 'string') return undefined;
    if (!Number.isInteger(attempts) || (attempts as number) < 0) return undefined;
    if (revealed !== 0 && revealed !== 1) return undefined;
    read.push({ id, answer, attempts: attempts as number, revealed: revealed === 1 });
  }
  return { module, scenario, variant: variant as number, learner, completedAt, answers: read };
}

function checksum(text: string): string {
  return hashString(text).toString(16).padStart(8, '0');
}

function fail(code: ReceiptErrorCode, reason: string): DecodedReceipt {
  return { ok: false, code, reason };
}

// base64url of the UTF-8 bytes, without padding, in Node and in browsers alike.
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
