/** Output streams of a command: stdout and stderr of the process in `lab.ts`. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A subcommand of `lab`. */
export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Full help text, printed by `--help` and after a usage error. */
  usage: string;
  /** Runs the command and returns the exit code. */
  run: (args: string[], output: Output) => number | Promise<number>;
}

/** Exit codes of `lab`. */
export const EXIT = {
  ok: 0,
  /** The input file cannot be read at all. */
  unreadable: 1,
  /** The output file cannot be written. */
  unwritable: 1,
  /** An unknown command or option, or an invalid option value. */
  usage: 2,
} as const;

/** A mistake in the command line. `lab` prints the message and the usage, then exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
