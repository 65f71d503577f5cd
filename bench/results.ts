/** The benchmark's data: one sample per child run, and what a scenario's runs come to. Pure. */

export type ScenarioKind =
  | 'bare-node'
  | 'load-action'
  | 'load-cli'
  | 'action-plan'
  | 'cli-plan'
  /** the same manifest with every body removed: what body checks and previews cost */
  | 'cli-plan-no-bodies'
  | 'action-apply'
  | 'action-apply-unchanged'
  /** the seed's PR plan with Ory and GitHub answers delayed like a real network */
  | 'action-plan-network'
  /** `ory-actions apply --yes` from a terminal, on fresh projects */
  | 'cli-apply'
  | 'action-plan-latency'
  /** the action plan with NODE_OPTIONS capping V8's young generation: the memory knob the README offers */
  | 'action-plan-small-young-gen'
  /** the action plan on a pull request whose base commit holds the manifest minus one action */
  | 'action-plan-with-base'
  /** the action's pull-request plan at 1,000, 5,000 and 20,000 actions in one project: how time and memory grow */
  | 'action-plan-scaling'
  /** bench/yaml-floor.mjs: the `yaml` package parsing the manifest, in a bare Node doing nothing else */
  | 'yaml-parse-floor';

export interface RunSample {
  readonly exitCode: number;
  readonly wallMs: number;
  readonly cpuMs?: number;
  readonly maxRssKb?: number;
  /** from just before the spawn to the first request reaching the Ory emulator (through the timing proxy) */
  readonly firstOryRequestMs?: number;
  /** from the first Ory request's arrival to the last Ory answer sent */
  readonly orySpanMs?: number;
  readonly oryRequests: Readonly<Record<string, number>>;
  readonly githubRequests: Readonly<Record<string, number>>;
  /** characters of this manifest's PR comment after the run */
  readonly commentLength?: number;
  /** why a run that should have succeeded did not (failure-reason or the last error line, secrets redacted) */
  readonly failure?: string;
}

export interface ScenarioResult {
  readonly kind: ScenarioKind;
  /** e.g. `1000 x 5`, `seed`, `node -e ""` */
  readonly label: string;
  readonly actions: number;
  readonly projects: number;
  /** emulator delay before every answer */
  readonly latencyMs: number;
  readonly expectedExit: number;
  readonly samples: readonly RunSample[];
}

export interface ScenarioSummary {
  readonly kind: ScenarioKind;
  readonly label: string;
  readonly actions: number;
  readonly projects: number;
  readonly latencyMs: number;
  readonly runs: number;
  /** every run exited with the expected code */
  readonly ok: boolean;
  readonly failures: readonly string[];
  readonly wallMs: number;
  readonly cpuMs?: number;
  /** the largest of the runs (memory is a ceiling, not a typical value) */
  readonly maxRssKb?: number;
  readonly firstOryRequestMs?: number;
  readonly orySpanMs?: number;
  /** request counts of the last run, and whether every run made the same Ory requests */
  readonly oryRequests: Readonly<Record<string, number>>;
  /** the last run's: a PR's first plan creates its comment, later ones list and update it */
  readonly githubRequests: Readonly<Record<string, number>>;
  readonly requestsStable: boolean;
  readonly commentLength?: number;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function defined(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}

function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

export { sameCounts };

export function summarize(result: ScenarioResult): ScenarioSummary {
  const { samples } = result;
  if (samples.length === 0) throw new Error(`scenario ${result.kind} ${result.label} has no runs`);
  const last = samples[samples.length - 1]!;
  const cpuMs = median(defined(samples.map((s) => s.cpuMs)));
  const rss = defined(samples.map((s) => s.maxRssKb));
  const firstOryRequestMs = median(defined(samples.map((s) => s.firstOryRequestMs)));
  const orySpanMs = median(defined(samples.map((s) => s.orySpanMs)));
  const comments = defined(samples.map((s) => s.commentLength));
  return {
    kind: result.kind,
    label: result.label,
    actions: result.actions,
    projects: result.projects,
    latencyMs: result.latencyMs,
    runs: samples.length,
    ok: samples.every((s) => s.exitCode === result.expectedExit),
    failures: samples.filter((s) => s.exitCode !== result.expectedExit).map((s) => `exit ${s.exitCode}${s.failure ? `: ${s.failure}` : ''}`),
    wallMs: median(samples.map((s) => s.wallMs))!,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    ...(rss.length > 0 ? { maxRssKb: Math.max(...rss) } : {}),
    ...(firstOryRequestMs !== undefined ? { firstOryRequestMs } : {}),
    ...(orySpanMs !== undefined ? { orySpanMs } : {}),
    oryRequests: last.oryRequests,
    githubRequests: last.githubRequests,
    requestsStable: samples.every((s) => sameCounts(s.oryRequests, last.oryRequests)),
    ...(comments.length > 0 ? { commentLength: Math.max(...comments) } : {}),
  };
}

/** GNU time and resourceUsage report KiB; the targets speak of MB (10^6 bytes). */
export function kibToMb(kib: number): number {
  return (kib * 1024) / 1e6;
}
