// Command-line tools for the metric engine: `npm run lab -- COMMAND [options]`.
import { analyze } from './lab/analyze';
import { EXIT, UsageError, type Command, type Output } from './lab/command';
import { dataset } from './lab/dataset';
import { grade } from './lab/grade';

const COMMANDS: readonly Command[] = [analyze, grade, dataset];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: npm run lab -- COMMAND [options]',
    '',
    'Commands:',
    ...list,
    '',
    'Run "npm run lab -- COMMAND --help" for the options of a command.',
    '',
  ].join('\n');
}

/** Runs `lab` with its arguments and returns the exit code. */
async function main(args: string[], output: Output): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    output.stdout(usage());
    return EXIT.ok;
  }

  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const problem =
      name === undefined
        ? 'missing COMMAND'
        : name.startsWith('-')
          ? `unknown option ${name}`
          : `unknown command "${name}"`;
    output.stderr(`lab: ${problem}\n\n${usage()}`);
    return EXIT.usage;
  }

  try {
    return await command.run(rest, output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`lab ${command.name}: ${error.message}\n\n${command.usage}`);
    return EXIT.usage;
  }
}

const streams: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
process.exitCode = await main(process.argv.slice(2), streams);
