import { readFileSync } from 'node:fs';

/** A file that cannot be read as UTF-8 text, with the reason in plain words. */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';
}

const UTF16_LITTLE_ENDIAN = [0xff, 0xfe];
const UTF16_BIG_ENDIAN = [0xfe, 0xff];

/** Reads a file as UTF-8 text. Throws `FileReadError` when it is missing or not UTF-8. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new FileReadError(systemReason(error));
  }

  if (startsWith(bytes, UTF16_LITTLE_ENDIAN) || startsWith(bytes, UTF16_BIG_ENDIAN)) {
    throw new FileReadError('the file is UTF-16 text: save it as CSV in UTF-8');
  }

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError('the file is not valid UTF-8: save it as CSV in UTF-8');
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
