/**
 * Runs a Node child the way every benchmark run is measured: through timed-node.sh, so CPU time
 * and peak RSS are the child's own (not the benchmark's, which hosts the emulators), and wall time
 * is taken on the benchmark's clock from just before the spawn to the child's exit.
 */
import { runChild } from '../test/support/child-process.ts';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TIMED_NODE = join(dirname(fileURLToPath(import.meta.url)), 'timed-node.sh');

/** How CPU and memory are measured on this machine (printed with the results). */
export function usageMethod(): string {
  return existsSync('/usr/bin/time')
    ? 'GNU time (/usr/bin/time -f "%e %U %S %M": wait4 rusage of the child: user+sys CPU, max RSS)'
    : 'process.resourceUsage() reported by the child at exit (--require bench/usage-probe.cjs)';
}

/** The exec bit may be lost on checkout; the wrapper must be runnable as a program. */
export function ensureWrapperExecutable(): void {
  chmodSync(TIMED_NODE, 0o755);
}

export interface ChildUsage {
  readonly userMs: number;
  readonly sysMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
}

/**
 * Parses the usage file. GNU time writes "Command exited with non-zero status N" before the
 * figures when the child fails, so the figures are the last non-empty line.
 */
export function parseUsage(text: string): ChildUsage | undefined {
  const last = text.split('\n').map((line) => line.trim()).filter(Boolean).pop();
  if (!last) return undefined;
  const fields = last.split(/\s+/).map(Number);
  if (fields.length !== 4 || fields.some((n) => !Number.isFinite(n))) return undefined;
  const [, userS, sysS, maxRssKb] = fields as [number, number, number, number];
  const userMs = Math.round(userS * 1000);
  const sysMs = Math.round(sysS * 1000);
  return { userMs, sysMs, cpuMs: userMs + sysMs, maxRssKb };
}

/** A fresh file path for one child's usage line, and how to read it back and clean up. */
export function usageFile(): { path: string; read(): ChildUsage | undefined } {
  const dir = mkdtempSync(join(tmpdir(), 'ory-bench-usage-'));
  const path = join(dir, 'usage');
  return {
    path,
    read: () => {
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      return parseUsage(text);
    },
  };
}

/** What the wrapper needs in the child's environment. */
export function wrapperEnv(usagePath: string, node: string = process.execPath): Record<string, string> {
  return { BENCH_NODE: node, BENCH_TIME_FILE: usagePath };
}

export interface TimedChild {
  readonly code: number;
  readonly wallMs: number;
  readonly startedAt: number;
  readonly usage?: ChildUsage;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns `node args...` under the wrapper (async: the emulators in this process must keep answering). */
export async function runTimedNode(args: readonly string[], options: { cwd: string; env: Record<string, string>; timeoutMs?: number; node?: string }): Promise<TimedChild> {
  const usage = usageFile();
  const startedAt = performance.now();
  const { code, stdout, stderr } = await runChild(TIMED_NODE, args, {
    cwd: options.cwd,
    env: { ...options.env, ...wrapperEnv(usage.path, options.node) },
    timeoutMs: options.timeoutMs ?? 120_000,
  });
  const wallMs = performance.now() - startedAt;
  const measured = usage.read();
  return { code, wallMs, startedAt, ...(measured ? { usage: measured } : {}), stdout, stderr };
}
