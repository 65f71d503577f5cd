/**
 * What the benchmark runs, and how often: sizes of 1 to 5,000 actions over 1, 5 and 20 projects, the
 * scaling series (the pull-request plan at 1,000, 5,000 and 20,000 actions, in quick runs too),
 * with fewer repetitions as runs get longer so the full benchmark stays near five minutes on a
 * 2-core machine. Pure.
 */

import { SCALING_SIZES } from './targets.ts';

export interface BenchOptions {
  readonly quick: boolean;
  /** every scenario runs this many times (overrides the defaults) */
  readonly runs?: number;
  /** true: always profile; false: never; undefined: profile when plan of 1,000 actions misses 1 s */
  readonly profile?: boolean;
  readonly help: boolean;
  /** the Node binary the children run on (default: the one running the benchmark) */
  readonly node?: string;
  /** also count instructions of a few runs under valgrind (slow, but does not move with the machine's load) */
  readonly instructions?: boolean;
  /** instead of the benchmark: what each bundle edit saves on the seed's pull-request plan */
  readonly edits?: boolean;
}

export const USAGE = `Usage: npm run bench [-- --quick] [-- --runs N] [-- --profile | --no-profile] [-- --node PATH]

  --quick       fewer sizes (up to 1,000 actions, and the scaling series to 20,000) and runs: about a minute
  --runs N      run every scenario N times (default: 5 for the seed and bare Node, 3 elsewhere)
  --profile     profile one CLI plan of 1,000 actions from source (node --cpu-prof) and list hot spots;
                done anyway when that plan misses its 1 s target, unless --no-profile
  --node PATH   run the action and the CLI on this Node binary (memory differs a lot between majors)
  --edits       instead of the benchmark: build the bundle without each edit of scripts/bundle-edits/
                and measure the seed's pull-request plan with each build (rounds: --runs, default 15)
  --instructions
                also count the instructions of bare Node, the seed's plans and a 100-action plan under
                valgrind (about 2 minutes more): a figure that barely moves with the machine's load
`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let quick = false;
  let runs: number | undefined;
  let profile: boolean | undefined;
  let help = false;
  let node: string | undefined;
  let instructions = false;
  let edits = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--instructions') instructions = true;
    else if (arg === '--edits') edits = true;
    else if (arg === '--profile') profile = true;
    else if (arg === '--no-profile') profile = false;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--node' || arg.startsWith('--node=')) {
      node = arg === '--node' ? argv[++i] : arg.slice('--node='.length);
      if (!node) throw new Error('--node takes the path of a node binary');
    }
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, not "${value ?? ''}"`);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return {
    quick,
    ...(runs !== undefined ? { runs } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(node !== undefined ? { node } : {}),
    ...(instructions ? { instructions } : {}),
    ...(edits ? { edits } : {}),
    help,
  };
}

/** One size: `actions` spread over `projects`, and how many times each kind of run repeats. */
export interface SizeEntry {
  readonly actions: number;
  readonly projects: number;
  /** `seed`: examples/ory-actions.yaml (4 actions) instead of a generated manifest */
  readonly seed?: boolean;
  readonly runs: { readonly actionPlan: number; readonly cliPlan: number; readonly apply: number };
}

export interface BenchMatrix {
  readonly bareNodeRuns: number;
  readonly loadRuns: number;
  readonly sizes: readonly SizeEntry[];
  readonly latency: { readonly actions: number; readonly projects: number; readonly latencyMs: number; readonly runs: number };
  /** the seed's PR plan with every Ory and GitHub answer delayed, as from a hosted runner */
  readonly network: { readonly oryMs: number; readonly githubMs: number; readonly runs: number };
  /** the action's pull-request plan at each size, in one project: do time and memory grow linearly? */
  readonly scaling: { readonly actions: readonly number[]; readonly runs: number };
}

const uniform = (n: number) => ({ actionPlan: n, cliPlan: n, apply: n });

export function benchMatrix(options: Pick<BenchOptions, 'quick' | 'runs'>): BenchMatrix {
  const override = options.runs;
  const runs = (defaults: SizeEntry['runs']): SizeEntry['runs'] => (override ? uniform(override) : defaults);
  const sizes: SizeEntry[] = options.quick
    ? [
        { actions: 4, projects: 1, seed: true, runs: runs(uniform(3)) },
        { actions: 1, projects: 1, runs: runs(uniform(1)) },
        { actions: 100, projects: 1, runs: runs(uniform(1)) },
        { actions: 100, projects: 20, runs: runs(uniform(1)) },
        { actions: 1000, projects: 1, runs: runs(uniform(1)) },
      ]
    : [
        { actions: 4, projects: 1, seed: true, runs: runs(uniform(5)) },
        { actions: 1, projects: 1, runs: runs(uniform(3)) },
        ...[1, 5, 20].map((projects) => ({ actions: 100, projects, runs: runs(uniform(3)) })),
        ...[1, 5, 20].map((projects) => ({ actions: 1000, projects, runs: runs(uniform(3)) })),
        // the slowest runs (3-5 s each here): 36 of them are about half of the benchmark's time
        ...[1, 5, 20].map((projects) => ({ actions: 5000, projects, runs: runs(uniform(3)) })),
      ];
  return {
    bareNodeRuns: override ?? (options.quick ? 6 : 10),
    loadRuns: override ?? (options.quick ? 3 : 5),
    sizes,
    latency: { actions: 100, projects: 20, latencyMs: 200, runs: override ?? (options.quick ? 1 : 3) },
    network: { oryMs: 150, githubMs: 80, runs: override ?? (options.quick ? 1 : 3) },
    scaling: { actions: SCALING_SIZES, runs: override ?? (options.quick ? 1 : 3) },
  };
}
