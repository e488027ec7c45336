/** The text of `kg --help`, `kg help [command]` and the usage lines shown on misuse. */

const USAGE: Record<string, string> = {
  build: 'kg build <files or folders...> --gexf <file> [--gexf-version 1.3|1.2] [--json <file>] [--corrections <file>] [--workers N] [--no-text] [--min-confidence P] [--quiet]',
  extract: 'kg extract [<files or folders...> | -] [--workers N] [--no-text] [--quiet] > records.jsonl',
  merge: 'kg merge <records.jsonl | graph.json | graph.gexf | - ...> --gexf <file> [--gexf-version 1.3|1.2] [--json <file>] [--corrections <file>] [--no-text] [--quiet]',
};

export const COMMANDS: readonly string[] = Object.keys(USAGE);

const INPUTS = `Inputs
  .txt .md          plain text; the article id is the file name without its extension
  .html .htm        text only (scripts, styles and comments dropped)
  .json             one article {id, title, text, url, date} or an array of them
  .jsonl            one article object per line, read as a stream (broken lines are
                    reported by line number, the others used)
  Folders are read recursively; files are taken in path order, so the output never
  depends on listing order. Files with other extensions inside folders are skipped
  and counted; a file named explicitly with another extension is reported.
  Empty, binary or unreadable files and symbolic-link loops are reported and skipped.
  When two inputs give the same article id, the first in path order is used and the
  other is reported as a duplicate.`;

const EXIT = `Exit status
  0  the graph (or the records) were written; problems with single inputs are listed
  1  nothing could be read, or an unexpected error (one line; stack with --debug)
  2  usage error (unknown flag, missing value, no inputs, bad output path)`;

const GEXF_VERSION = `  --gexf-version <v>  1.3 (default): Gephi, Gephi Lite, NetworkX 3.6+; every edge
                    has its relation as kind, so Gephi keeps parallel edges apart.
                    1.2: the 1.2draft namespace, for NetworkX before 3.6 (Debian 12,
                    Ubuntu 24.04); no kind, so one edge per pair of entities
                    carries all their relations ("develops, invests_in", lists
                    \`relations\` and \`claims\`); kg merge splits it back.`;

const CORRECTIONS = `  --corrections <file>
                    apply the analyst's corrections (merges, renames, types, deletions,
                    rejected and added claims; exported from the explorer) to the graph;
                    corrections that match nothing are listed in the summary`;

const COMMON = `  --quiet           no progress line on stderr
  --debug           print stack traces of unexpected errors (also KG_DEBUG=1)
  -h, --help        show this help`;

const BUILD = `${USAGE.build}

Reads news articles, extracts entities and relations, lays the graph out with
ForceAtlas2 and writes it as GEXF 1.3 (for Gephi) and optionally as JSON (for the
explorer). Prints a summary on stdout: articles read, inputs skipped and why,
entities by type, relations by kind, conflicting claims, files written.

Options
  --gexf <file>     write the graph as GEXF here (required; its folder must exist)
${GEXF_VERSION}
  --json <file>     also write the graph as newsgraph JSON
${CORRECTIONS}
  --workers <n>     extraction worker threads (default: the number of cores, 1 below 500 articles).
                    The output is identical whatever the number.
  --no-text         leave article texts out of the graph (for very large corpora)
  --min-confidence <p>
                    keep only claims whose confidence (0-1) is at least p (default:
                    a rule's claim, or a candidate at the scorer's threshold)
${COMMON}`;

const EXTRACT = `${USAGE.extract}

The map step for batch engines: turns articles into extraction records, one JSON
object per line on stdout, in input order. Problems go to stderr. With no inputs
or with "-", reads JSONL articles from stdin.

Options
  --workers <n>     extraction worker threads (default: the number of cores, 1 below 500 articles)
  --no-text         leave the article text out of the records
${COMMON}`;

const MERGE = `${USAGE.merge}

The reduce step: combines extraction records (.jsonl, or "-" for stdin) and partial
graphs (newsgraph .json as written by --json, or a .gexf newsgraph wrote) into one
graph, laid out and written like "kg build". A GEXF carries no article texts. Sharding a corpus, extracting each part and merging the records
gives byte-identical output to one "kg build" of the whole corpus.

Options
  --gexf <file>     write the merged graph as GEXF here (required)
${GEXF_VERSION}
  --json <file>     also write it as newsgraph JSON
${CORRECTIONS}
  --no-text         leave article texts out of the graph
${COMMON}`;

const DETAILS: Record<string, string> = { build: BUILD, extract: EXTRACT, merge: MERGE };

const OVERVIEW = `kg: turns news articles into a knowledge graph of companies, products, AI models
and governments, with the evidence for every relation.

Usage
  ${USAGE.build}
  ${USAGE.extract}
  ${USAGE.merge}
  kg help [command]

Example
  npm run kg -- build data/articles --gexf graph.gexf --json graph.json

Run "kg <command> --help" for the options of one command.

${INPUTS}

${EXIT}
`;

/** The full help: the overview, or one command's details with inputs and exit codes. */
export function helpText(command?: string): string {
  const details = command === undefined ? undefined : DETAILS[command];
  if (details === undefined) return OVERVIEW;
  return `${details}\n\n${INPUTS}\n\n${EXIT}\n`;
}

/** The short usage shown under a usage error. */
export function usageText(command?: string): string {
  const line = command === undefined ? undefined : USAGE[command];
  const lines = line === undefined ? COMMANDS.map((name) => `  ${USAGE[name]}`) : [`  ${line}`];
  return `usage:\n${lines.join('\n')}\nRun "kg --help" for details.\n`;
}
