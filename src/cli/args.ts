import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_GEXF_VERSION, isGexfVersion, type GexfVersion } from '../pipeline/export/gexf-schema';
import { COMMANDS } from './help';
import { UsageError } from './usage-error';

/** Options shared by every command, after parsing and validation. */
export interface CommandOptions {
  command: string;
  /** Input paths as given; `-` means stdin. */
  inputs: string[];
  gexf?: string;
  /** GEXF version written: 1.3 (default) or 1.2 (1.2draft, for NetworkX before 3.6). */
  gexfVersion: GexfVersion;
  json?: string;
  /** The analyst's corrections file (build and merge), applied to the graph before it is written. */
  corrections?: string;
  /** Extraction threads; undefined = choose from the number of cores. */
  workers?: number;
  keepText: boolean;
  /** `--min-confidence`: every claim below it is left out of the graph (default: the scorer's policy). */
  minConfidence?: number;
  quiet: boolean;
  debug: boolean;
  help: boolean;
}

/** What the command line asks for: help, or one command with its options. */
export type ParsedCommandLine = { kind: 'help'; command?: string } | { kind: 'run'; options: CommandOptions };

const MAX_WORKERS = 64;

const OPTION_SPEC = {
  gexf: { type: 'string' },
  'gexf-version': { type: 'string' },
  json: { type: 'string' },
  corrections: { type: 'string' },
  workers: { type: 'string' },
  'no-text': { type: 'boolean' },
  'min-confidence': { type: 'string' },
  quiet: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command accepts (the others are usage errors). */
const ACCEPTED: Record<string, readonly (keyof typeof OPTION_SPEC)[]> = {
  build: ['gexf', 'gexf-version', 'json', 'corrections', 'workers', 'no-text', 'min-confidence', 'quiet', 'debug', 'help'],
  extract: ['workers', 'no-text', 'quiet', 'debug', 'help'],
  merge: ['gexf', 'gexf-version', 'json', 'corrections', 'no-text', 'quiet', 'debug', 'help'],
};

/** Parses `kg <command> [options] [inputs]`. Throws UsageError on any misuse. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h') return { kind: 'help' };
  if (first === 'help') return { kind: 'help', command: rest[0] };
  if (!COMMANDS.includes(first)) {
    throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);
  }
  const options = parseCommandOptions(first, rest);
  if (options.help) return { kind: 'help', command: first };
  checkRequired(options);
  return { kind: 'run', options };
}

function parseCommandOptions(command: string, args: readonly string[]): CommandOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--foo'"); keep the first sentence.
    throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)), command);
  }
  const { values, positionals } = parsed;
  const accepted = ACCEPTED[command] ?? [];
  for (const name of Object.keys(values) as (keyof typeof OPTION_SPEC)[]) {
    if (!accepted.includes(name)) throw new UsageError(`'${command}' does not take --${name}`, command);
  }
  return {
    command,
    inputs: positionals,
    gexf: nonEmpty(values.gexf, '--gexf', command),
    gexfVersion: parseGexfVersion(values['gexf-version'], command),
    json: nonEmpty(values.json, '--json', command),
    corrections: nonEmpty(values.corrections, '--corrections', command),
    workers: values.workers === undefined ? undefined : parseWorkers(values.workers, command),
    keepText: values['no-text'] !== true,
    ...(values['min-confidence'] !== undefined && { minConfidence: parseConfidence(values['min-confidence'], command) }),
    quiet: values.quiet === true,
    debug: values.debug === true,
    help: values.help === true,
  };
}

function checkRequired(options: CommandOptions): void {
  const { command } = options;
  if (command !== 'extract' && options.inputs.length === 0) throw new UsageError('no inputs given', command);
  if (command !== 'extract' && options.gexf === undefined) throw new UsageError('--gexf <file> is required', command);
  if (options.gexf !== undefined && options.gexf === options.json) {
    throw new UsageError('--gexf and --json must be different files', command);
  }
}

function nonEmpty(value: string | undefined, flag: string, command: string): string | undefined {
  if (value === '') throw new UsageError(`${flag} needs a file name`, command);
  return value;
}

function parseGexfVersion(text: string | undefined, command: string): GexfVersion {
  if (text === undefined) return DEFAULT_GEXF_VERSION;
  if (!isGexfVersion(text)) throw new UsageError(`--gexf-version must be 1.3 or 1.2, got '${text}'`, command);
  return text;
}

function parseConfidence(text: string, command: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got '${text}'`, command);
  return n;
}

function parseWorkers(text: string, command: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got '${text}'`, command);
  }
  return n;
}

function firstSentence(message: string): string {
  return message.split(/(?<=\.)\s/)[0] ?? message;
}

/** The default worker count: one per core, as the machine reports it. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}
