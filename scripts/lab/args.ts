import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

// A value such as -5 or -0.5, which parseArgs would read as an option.
const NEGATIVE_NUMBER = /^-\d/;

/**
 * Parses a command line with `parseArgs` in strict mode, positionals allowed.
 * Throws `UsageError` with a one-line message on an unknown option or a missing value.
 */
export function parseCommandLine<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

// parseArgs rejects `--seed -5` as ambiguous, so a negative number after an
// option that takes a value is passed as `--seed=-5`. The option's own check
// then accepts or rejects the number with a message about its range.
function joinNegativeValues(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const next = args[index + 1];
    if (arg === '--') {
      joined.push(...args.slice(index));
      break;
    }
    if (takesValue(arg, options) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function takesValue(arg: string, options: Options): boolean {
  if (!arg.startsWith('--') || arg.includes('=')) return false;
  return Object.hasOwn(options, arg.slice(2)) && options[arg.slice(2)]?.type === 'string';
}

// parseArgs messages suggest `--` for positionals; a short message reads better here.
function parseArgsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1];

  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/ <value>$/, '');
    // parseArgs calls a value that starts with a dash ambiguous.
    const dash = message.includes('ambiguous')
      ? `. Write ${name}=VALUE for a value that starts with "-"`
      : '';
    return `option ${name} needs a value${dash}`;
  }
  return message;
}
