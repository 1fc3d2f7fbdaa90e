import { writeFileSync } from 'node:fs';

/** A file that cannot be written, with the reason in plain words. */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';
}

/** Writes text to a file as UTF-8, replacing it. Throws `FileWriteError` when it cannot. */
export function writeTextFile(path: string, text: string): void {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    throw new FileWriteError(systemReason(error));
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
