/** Runs the real CLI in a child process, as a user would, for the cli-*.test.ts files. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface KgResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  cwd?: string;
  /** Run as this user and group id (needs root): lets tests see what an ordinary user sees. */
  uid?: number;
}

/** `node --import tsx src/cli/kg.ts ...args`, from the repository root; `stdin` is piped in. */
export function runKg(args: readonly string[], options: RunOptions = {}): Promise<KgResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${REPO_ROOT}src/cli/kg.ts`, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, KG_DEBUG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** The user id of "nobody", to run the CLI without root's right to read every file. */
export const NOBODY = 65534;

/** A Node stack frame ("    at fn (file:line:col)"): users must never see one without --debug. */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const COMPANIES = ['Samsung', 'Google', 'Microsoft', 'Baidu', 'Tencent', 'Mistral', 'Meta', 'OpenAI'];
const PRODUCTS = ['ChatGPT', 'Gemini', 'Copilot', 'Ernie Bot', 'Le Chat', 'Llama', 'DeepSeek'];

/**
 * A few deterministic news-like articles as JSONL, so sharding tests have more than the seed
 * corpus: companies banning, developing and rivalling products, in varied combinations.
 */
export function generatedArticlesJsonl(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = COMPANIES[i % COMPANIES.length];
    const b = COMPANIES[(i * 3 + 1) % COMPANIES.length];
    const p = PRODUCTS[i % PRODUCTS.length];
    const q = PRODUCTS[(i * 5 + 2) % PRODUCTS.length];
    const text = [
      `${a} has barred staff from using ${p}, according to an internal memo seen by reporters.`,
      `The decision comes weeks after ${b} launched ${q}, which competes with ${p}.`,
      `Analysts said ${b} is investing heavily in new models.`,
    ].join(' ');
    lines.push(JSON.stringify({ id: `gen-${String(i).padStart(3, '0')}`, title: `Report ${i}`, text, date: '2025-01-01' }));
  }
  return `${lines.join('\n')}\n`;
}
