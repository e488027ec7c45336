/**
 * The `kg` command line (run with tsx: `npm run kg -- <command> ...`). Parses the arguments,
 * runs one command, and turns every failure into a short message and an exit status:
 * 2 for usage errors (with the usage), 1 for anything unexpected (stack only with --debug).
 */
import { parseCommandLine, type CommandOptions } from './args';
import { helpText, usageText } from './help';
import { UsageError } from './usage-error';

type Runner = (options: CommandOptions) => Promise<number>;

/** Loaded on demand, so help and usage errors answer without loading the pipeline. */
const COMMAND_RUNNERS: Record<string, () => Promise<Runner>> = {
  build: async () => (await import('./commands/build')).build,
  extract: async () => (await import('./commands/extract')).extract,
  merge: async () => (await import('./commands/merge')).merge,
};

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(helpText(parsed.command));
    return 0;
  }
  const load = COMMAND_RUNNERS[parsed.options.command];
  if (load === undefined) throw new UsageError(`unknown command '${parsed.options.command}'`);
  return (await load())(parsed.options);
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    process.stderr.write(`kg: ${error.message}\n${usageText(error.command)}`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kg: error: ${message.split('\n')[0]}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
  return 1;
}

const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.KG_DEBUG === '1';

// Reading stops quietly when the reader of our output goes away (`kg extract ... | head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(argv);
} catch (error) {
  process.exitCode = report(error, debug);
}
