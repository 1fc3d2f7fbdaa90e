import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npm run lab` runs. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Time limit of a test that runs `lab`. Each run starts a Node process that
 * compiles the script with tsx, which is slow.
 */
export const LAB_TIMEOUT = 30_000;

/** Exit code and output of one run of `lab`. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/lab.ts` as `npm run lab` does, from the repository root. */
export function lab(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lab.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
