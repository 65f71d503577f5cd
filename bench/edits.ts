/**
 * What each bundle edit (scripts/bundle-edits/) saves on the seed's pull-request plan: the bundle is
 * built once with every edit and once without each, and the runs of all builds are interleaved round by
 * round so a machine that slows down mid-way slows them all alike; with valgrind installed, one run of
 * each is also counted in instructions, the figure a busy machine barely moves. Pure: the runs are made
 * in run.ts.
 */
import { median } from './results.ts';

/** The build with every edit, against which each edit left out is compared. */
export const ALL_EDITS = '(every edit)';
/**
 * Three edits keep Node's own undici (behind the global fetch, FormData and WebSocket getters) from
 * loading at start; leaving out any one of them loads it, so they are measured together too.
 */
export const NODE_UNDICI_GUARDS = ['builtins-through-require', 'lazy-axios-formdata', 'skip-axios-fetch-adapter'];

/** The bar an edit must clear to stay (issue 12): it saves this much on the seed's pull-request plan. */
export const EDIT_MIN_SAVING_MS = 10;

export interface EditFigures {
  /** the edit left out, or ALL_EDITS */
  readonly variant: string;
  readonly runs: number;
  /** median wall ms of the seed's pull-request plan */
  readonly wallMs: number;
  /** median wall ms without this edit minus with every edit; undefined for ALL_EDITS */
  readonly savedMs?: number;
  /** the same in CPU ms (user + sys), which moves less than wall time on a busy machine */
  readonly cpuMs?: number;
  readonly savedCpuMs?: number;
  /** instructions of one run under callgrind, which barely move with the machine's load */
  readonly instructions?: number;
  readonly savedInstructions?: number;
  /**
   * The saved instructions in ms of this machine's CPU: times the full build's CPU ms per
   * instruction. The verdict uses it when counted: on a busy machine wall time says little.
   */
  readonly savedMsByInstructions?: number;
  /** the run as a ratio to a bare Node start of the same rounds */
  readonly ratioToNode: number;
}

export interface EditSample {
  readonly wallMs: number;
  readonly cpuMs?: number;
}

export function summarizeEdits(
  samplesByVariant: Readonly<Record<string, readonly EditSample[]>>,
  bareNodeMs: readonly number[],
  instructionsByVariant: Readonly<Record<string, number>> = {},
): EditFigures[] {
  const bare = median(bareNodeMs);
  const wallOf = (samples: readonly EditSample[]) => median(samples.map((s) => s.wallMs));
  const cpuOf = (samples: readonly EditSample[]) => median(samples.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs])));
  const all = wallOf(samplesByVariant[ALL_EDITS] ?? []);
  const allCpu = cpuOf(samplesByVariant[ALL_EDITS] ?? []);
  if (bare === undefined || all === undefined) throw new Error('no runs of bare Node or of the build with every edit');
  return Object.entries(samplesByVariant).map(([variant, samples]) => {
    const wallMs = wallOf(samples)!;
    const cpuMs = cpuOf(samples);
    const compared = variant !== ALL_EDITS;
    const instructions = instructionsByVariant[variant];
    const allInstructions = instructionsByVariant[ALL_EDITS];
    const counted = compared && instructions !== undefined && allInstructions !== undefined;
    return {
      variant,
      runs: samples.length,
      wallMs,
      ...(compared ? { savedMs: wallMs - all } : {}),
      ...(cpuMs !== undefined ? { cpuMs } : {}),
      ...(compared && cpuMs !== undefined && allCpu !== undefined ? { savedCpuMs: cpuMs - allCpu } : {}),
      ...(instructions !== undefined ? { instructions } : {}),
      ...(counted ? { savedInstructions: instructions - allInstructions } : {}),
      ...(counted && allCpu !== undefined ? { savedMsByInstructions: ((instructions - allInstructions) * allCpu) / allInstructions } : {}),
      ratioToNode: wallMs / bare,
    };
  });
}

export function renderEdits(figures: readonly EditFigures[], bareNodeMs: number, header: string): string {
  const rows = figures.map((f) => {
    const saved = f.savedMs === undefined ? '-' : `${f.savedMs >= 0 ? '' : '-'}${Math.abs(Math.round(f.savedMs))}`;
    const judged = f.savedMsByInstructions ?? f.savedMs;
    const verdict = judged === undefined ? '-' : judged >= EDIT_MIN_SAVING_MS ? 'keep' : `under ${EDIT_MIN_SAVING_MS} ms`;
    const millions = (n: number | undefined) => (n === undefined ? '-' : (n / 1e6).toFixed(1));
    const byInstructions = f.savedMsByInstructions === undefined ? '-' : f.savedMsByInstructions.toFixed(1);
    const cpu = f.cpuMs === undefined ? '-' : String(Math.round(f.cpuMs));
    const savedCpu = f.savedCpuMs === undefined ? '-' : String(Math.round(f.savedCpuMs));
    return `| ${f.variant === ALL_EDITS ? f.variant : `without ${f.variant}`} | ${f.runs} | ${Math.round(f.wallMs)} | ${f.ratioToNode.toFixed(2)} | ${saved} | ${cpu} | ${savedCpu} | ${millions(f.instructions)} | ${millions(f.savedInstructions)} | ${byInstructions} | ${verdict} |`;
  });
  return [
    '## What each bundle edit saves',
    '',
    `${header} Bare \`node -e ""\`: ${Math.round(bareNodeMs)} ms (median).`,
    '',
    '| build | runs | seed PR plan, wall ms (median) | x node | wall saved by the edit, ms | CPU ms (median) | CPU saved, ms | instructions (M) | instructions saved (M) | saved, CPU ms by instructions | at least 10 ms? |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
