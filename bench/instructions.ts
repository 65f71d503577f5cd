/**
 * Instruction counts: valgrind's callgrind counts every instruction the child and its threads run.
 * Unlike wall and CPU time, the count barely moves with the machine's load (two runs of the seed's
 * plan differ by about 1%, of a 1,000-action plan by up to 12%, because V8 times garbage collection
 * by the clock), so it shows whether a change made the work smaller. Pure apart from asking whether
 * valgrind is installed.
 */
import { spawnSync } from 'node:child_process';

export interface InstructionCount {
  /** what ran, e.g. `CLI plan 4 x 1 (seed)` */
  readonly label: string;
  readonly instructions: number;
}

/** The total callgrind logs as `Collected : N` (or `I   refs: N,NNN`); undefined when absent. */
export function parseCallgrindLog(text: string): number | undefined {
  const collected = /Collected\s*:\s*(\d+)/.exec(text);
  if (collected) return Number(collected[1]);
  const refs = /I\s+refs:\s*([\d,]+)/.exec(text);
  return refs ? Number(refs[1]!.replace(/,/g, '')) : undefined;
}

export function valgrindAvailable(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** `count` as millions with its ratio to the bare Node start, e.g. `557.5 M (6.3 x)`. */
export function describeCount(count: InstructionCount, bare: InstructionCount | undefined): string {
  const millions = (count.instructions / 1e6).toFixed(1);
  return bare && bare !== count ? `${millions} M (${(count.instructions / bare.instructions).toFixed(1)} x)` : `${millions} M`;
}
