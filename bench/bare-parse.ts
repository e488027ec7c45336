/**
 * The reference the pipeline is measured against: compromise's bare full parse, `nlp(text)`
 * on each article, on one core. Run as a child process (so its memory is its own):
 *
 *   node --import tsx bench/bare-parse.ts <corpus.jsonl> <checkpoint bytes,...>
 *
 * It reads the JSONL corpus article by article and stops after the last checkpoint. A
 * checkpoint of N bytes covers the articles up to the one that brings the text to N bytes:
 * the same rule the corpus writer uses, so the 1 MB checkpoint is exactly the 1 MB corpus.
 * Prints one JSON line: a BareParseCheckpoint per checkpoint. Parse time excludes reading.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';
import { countWords, utf8Bytes } from './words';

export interface BareParseCheckpoint {
  /** The checkpoint asked for, in bytes of text. */
  targetBytes: number;
  articles: number;
  words: number;
  bytes: number;
  parseMs: number;
  /** CPU time of this process since the first article (reading and JSON included, a small share). */
  cpuMs: number;
}

async function bareParse(corpusPath: string, targets: number[]): Promise<BareParseCheckpoint[]> {
  const pending = [...targets].sort((a, b) => a - b);
  const done: BareParseCheckpoint[] = [];
  let articles = 0;
  let words = 0;
  let bytes = 0;
  let parseMs = 0;
  const cpuAtStart = process.cpuUsage();
  const cpuMsSinceStart = (): number => {
    const used = process.cpuUsage(cpuAtStart);
    return (used.user + used.system) / 1000;
  };
  const lines = createInterface({ input: createReadStream(corpusPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (pending.length === 0) break;
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line) as { text: string };
    const started = performance.now();
    nlp(text);
    parseMs += performance.now() - started;
    articles++;
    words += countWords(text);
    bytes += utf8Bytes(text);
    while (pending.length > 0 && bytes >= (pending[0] as number)) {
      done.push({ targetBytes: pending.shift() as number, articles, words, bytes, parseMs, cpuMs: cpuMsSinceStart() });
    }
  }
  // A corpus shorter than a checkpoint: report what there was.
  for (const targetBytes of pending) done.push({ targetBytes, articles, words, bytes, parseMs, cpuMs: cpuMsSinceStart() });
  lines.close();
  return done;
}

const [corpusPath, checkpoints] = process.argv.slice(2);
if (!corpusPath || !checkpoints) {
  console.error('usage: bare-parse.ts <corpus.jsonl> <checkpoint bytes,...>');
  process.exit(2);
}
const result = await bareParse(corpusPath, checkpoints.split(',').map(Number));
process.stdout.write(JSON.stringify(result) + '\n');
