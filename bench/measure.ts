/**
 * Runs a child process and measures its wall time and peak resident memory.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time`, Debian package `time`) when it is installed:
 * it reports the child's maximum RSS from the kernel at exit. Without it, the child's
 * /proc/<pid>/status VmHWM (its own high-water mark) is polled until it exits. Worker
 * threads live in the same process, so either way their memory is counted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  /** Exit code, or null when the child was killed (timeout or signal). */
  exitCode: number | null;
  timedOut: boolean;
  wallMs: number;
  /** Peak resident set size in MB (10^6 bytes), or undefined when it could not be read. */
  peakRssMb?: number;
  peakRssSource: 'gnu-time' | 'proc-vmhwm' | 'none';
  /** User + system CPU time of the child (GNU time only): unlike wall time, barely moved by other load. */
  cpuMs?: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Keeps the tail of a long output: a verbose child must not fill the harness's memory. */
const MAX_CAPTURED_CHARS = 2_000_000;

function appendCapped(buffer: string, chunk: string): string {
  const joined = buffer + chunk;
  return joined.length > MAX_CAPTURED_CHARS ? joined.slice(joined.length - MAX_CAPTURED_CHARS) : joined;
}

function readVmHwmKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function gnuTimeAvailable(): boolean {
  return existsSync(GNU_TIME);
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<ChildRun> {
  const useGnuTime = gnuTimeAvailable();
  const scratch = useGnuTime ? mkdtempSync(join(tmpdir(), 'newsgraph-time-')) : undefined;
  const timeFile = scratch ? join(scratch, 'time.txt') : undefined;
  const [file, argv] = timeFile
    ? [GNU_TIME, ['-f', 'maxrss_kb=%M cpu_s=%U+%S', '-o', timeFile, command, ...args]]
    : [command, [...args]];

  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // Own process group, so a timeout ends the measured program and not only GNU time.
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let polledKb: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout = appendCapped(stdout, chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = appendCapped(stderr, chunk)));

    const poll = useGnuTime || child.pid === undefined
      ? undefined
      : setInterval(() => {
          const kb = readVmHwmKb(child.pid as number);
          if (kb !== undefined) polledKb = Math.max(polledKb ?? 0, kb);
        }, 50);
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;

    let finished = false;
    const finish = (exitCode: number | null, error?: Error): void => {
      if (finished) return;
      finished = true;
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      let peakKb = polledKb;
      let cpuMs: number | undefined;
      if (timeFile && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const rss = /maxrss_kb=(\d+)/.exec(report);
        if (rss) peakKb = Number(rss[1]);
        const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(report);
        if (cpu) cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      // GNU time exits with the child's status; when the child was killed it reports 128+signal.
      resolve({
        exitCode: timedOut ? null : exitCode,
        timedOut,
        wallMs,
        peakRssMb: peakKb === undefined ? undefined : (peakKb * 1024) / 1e6,
        peakRssSource: peakKb === undefined ? 'none' : useGnuTime ? 'gnu-time' : 'proc-vmhwm',
        cpuMs,
        stdout,
        stderr: error ? `${stderr}\n${error.message}` : stderr,
      });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

/** The line of a failed child's output that says what went wrong (not the stack, not "Node.js v20"). */
export function errorLine(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^Node\.js v\d/.test(l) && !/^at\s/.test(l));
  const error = lines.find((l) => /^\w*Error\b|^error\b|\berror:/i.test(l));
  return (error ?? lines[lines.length - 1] ?? '').slice(0, 300);
}
