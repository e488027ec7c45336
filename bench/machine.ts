/** What the figures were measured on: they only compare across runs on the same machine. */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { gnuTimeAvailable } from './measure';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  rssSource: string;
  /** 1-minute load average when the benchmark started: above the core count, other work competed. */
  loadAtStart: number;
}

export function describeMachine(): MachineInfo {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGb: totalmem() / 1e9,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAtStart: loadavg()[0] ?? 0,
    rssSource: gnuTimeAvailable() ? 'GNU time (max RSS of the child)' : '/proc/<pid>/status VmHWM, polled',
  };
}
