/**
 * The targets of issues 4 and 12, checked against the summaries. Not a timed test: each target says
 * whether it holds and what was measured, and the benchmark exits 0 either way. Pure.
 */
import { COMMENT_MAX_LENGTH as MAX_COMMENT_LENGTH } from '../src/model/comment.ts';
import { kibToMb, sameCounts, type ScenarioKind, type ScenarioSummary } from './results.ts';

export { MAX_COMMENT_LENGTH };

export const GET_PROJECT = 'GET /projects/{id}';
export const PATCH_REVISION = 'PATCH /projects/{id}/revision/{rev}';
/**
 * Issue 12 retired the fixed 150 MB at 5,000 actions: memory and time must grow linearly with the number
 * of actions instead. Measured on the action's pull-request plan at these sizes (one project); the cost
 * of one more action from the middle size to the largest may be at most this many times its cost from
 * the smallest to the middle (a quadratic cost would give about 4 here, n log n about 1.2).
 */
export const SCALING_SIZES = [1000, 5000, 20_000] as const;
export const LINEARITY_RATIO_LIMIT = 1.5;
export const PLAN_1000_LIMIT_MS = 1_000;
/** issue 5: checking and previewing 1,000 typical bodies adds under this to a plan */
export const BODIES_1000_LIMIT_MS = 200;
export const SEED_RATIO_LIMIT = 4;
export const LATENCY_PROJECTS = 20;
export const LATENCY_MS = 200;
/** "well under 20 x 200 ms": at most half of what reading the projects one after another takes */
export const LATENCY_LIMIT_MS = (LATENCY_PROJECTS * LATENCY_MS) / 2;

export interface TargetResult {
  readonly target: string;
  /** undefined: not measured in this run (e.g. `--quick` left the size out) */
  readonly holds?: boolean;
  readonly measured: string;
}

const PLAN_KINDS: readonly ScenarioKind[] = ['action-plan', 'action-plan-scaling', 'cli-plan', 'cli-plan-no-bodies', 'action-plan-latency', 'action-plan-small-young-gen', 'action-plan-with-base', 'action-plan-network'];

function describeCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? 'none' : entries.map(([route, n]) => `${route} x${n}`).join(', ');
}

/** Checks that every scenario of `kinds` made exactly `expected(projects)` Ory requests. */
function requestTarget(
  target: string,
  summaries: readonly ScenarioSummary[],
  kinds: readonly ScenarioKind[],
  expected: (projects: number) => Record<string, number>,
): TargetResult {
  const relevant = summaries.filter((s) => kinds.includes(s.kind));
  if (relevant.length === 0) return { target, measured: 'not run' };
  const misses = relevant.filter((s) => !s.requestsStable || !sameCounts(s.oryRequests, expected(s.projects)));
  if (misses.length === 0) return { target, holds: true, measured: `${relevant.length} scenarios, every run as expected` };
  return {
    target,
    holds: false,
    measured: misses
      .map((s) => `${s.kind} ${s.label}: ${describeCounts(s.oryRequests)}${s.requestsStable ? '' : ' (varied between runs)'}`)
      .join('; '),
  };
}

/** For each kind and project count, the Ory requests must be the same whatever the number of actions. */
function independenceTarget(summaries: readonly ScenarioSummary[]): TargetResult {
  const target = 'Ory requests independent of the number of actions';
  const groups = new Map<string, ScenarioSummary[]>();
  for (const s of summaries.filter((s) => s.actions > 0 && s.latencyMs === 0 && s.kind !== 'yaml-parse-floor')) {
    const key = `${s.kind} ${s.projects}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const compared = [...groups.values()].filter((group) => new Set(group.map((s) => s.actions)).size > 1);
  if (compared.length === 0) return { target, measured: 'no two sizes with the same project count' };
  const differing = compared.filter((group) => group.some((s) => !sameCounts(s.oryRequests, group[0]!.oryRequests)));
  if (differing.length === 0) {
    return { target, holds: true, measured: `${compared.length} groups (kind x projects) compared across ${[...new Set(summaries.map((s) => s.actions))].filter((n) => n > 0).join(', ')} actions` };
  }
  return {
    target,
    holds: false,
    measured: differing.map((group) => group.map((s) => `${s.kind} ${s.label}: ${describeCounts(s.oryRequests)}`).join(' vs ')).join('; '),
  };
}

function find(summaries: readonly ScenarioSummary[], kind: ScenarioKind, actions: number, projects: number): ScenarioSummary | undefined {
  return summaries.find((s) => s.kind === kind && s.actions === actions && s.projects === projects);
}

export function evaluateTargets(summaries: readonly ScenarioSummary[]): TargetResult[] {
  const results: TargetResult[] = [];
  const failed = summaries.filter((s) => !s.ok);
  results.push({
    target: 'every run exited as expected',
    holds: failed.length === 0,
    measured: failed.length === 0 ? `${summaries.reduce((n, s) => n + s.runs, 0)} runs` : failed.map((s) => `${s.kind} ${s.label}: ${s.failures[0]}`).join('; '),
  });

  results.push(requestTarget('plan: exactly 1 GET per project, nothing else', summaries, PLAN_KINDS, (p) => ({ [GET_PROJECT]: p })));
  results.push(
    requestTarget('apply (all projects changed): 1 GET + 1 PATCH per project', summaries, ['action-apply', 'cli-apply'], (p) => ({ [GET_PROJECT]: p, [PATCH_REVISION]: p })),
  );
  results.push(requestTarget('apply again (unchanged): 1 GET per project, 0 PATCH', summaries, ['action-apply-unchanged'], (p) => ({ [GET_PROJECT]: p })));
  results.push(independenceTarget(summaries));

  const latency = summaries.find((s) => s.kind === 'action-plan-latency');
  results.push(
    latency
      ? {
          target: `${LATENCY_PROJECTS} projects at ${LATENCY_MS} ms per answer plan well under ${LATENCY_PROJECTS} x ${LATENCY_MS} ms (limit ${LATENCY_LIMIT_MS} ms)`,
          holds: latency.wallMs < LATENCY_LIMIT_MS,
          measured: `wall ${Math.round(latency.wallMs)} ms, Ory phase ${latency.orySpanMs === undefined ? 'n/a' : Math.round(latency.orySpanMs)} ms (serial reads would take ${LATENCY_PROJECTS * LATENCY_MS} ms)`,
        }
      : { target: `${LATENCY_PROJECTS} projects at ${LATENCY_MS} ms per answer`, measured: 'not run' },
  );

  const plan1000 = find(summaries, 'action-plan', 1000, 1);
  const cli1000 = find(summaries, 'cli-plan', 1000, 1);
  const withBase1000 = find(summaries, 'action-plan-with-base', 1000, 1);
  const floor1000 = find(summaries, 'yaml-parse-floor', 1000, 1);
  results.push(
    plan1000
      ? {
          target: `plan of 1,000 actions in one project under ${PLAN_1000_LIMIT_MS} ms wall`,
          holds: plan1000.wallMs < PLAN_1000_LIMIT_MS && (withBase1000 === undefined || withBase1000.wallMs < PLAN_1000_LIMIT_MS),
          measured:
            `action ${Math.round(plan1000.wallMs)} ms${cli1000 ? `, CLI ${Math.round(cli1000.wallMs)} ms` : ''}` +
            (withBase1000 ? `; action with the previous manifest at the base commit ${Math.round(withBase1000.wallMs)} ms` : '') +
            (floor1000 ? `; floor: the yaml package parsing the manifest alone in a fresh Node ${Math.round(floor1000.wallMs)} ms` : ''),
        }
      : { target: 'plan of 1,000 actions in one project under 1 s', measured: 'not run' },
  );

  const withoutBodies = find(summaries, 'cli-plan-no-bodies', 1000, 1);
  results.push(
    cli1000 && withoutBodies
      ? {
          target: `1,000 body templates (syntax check, evaluation, preview) add under ${BODIES_1000_LIMIT_MS} ms to a plan`,
          holds: cli1000.wallMs - withoutBodies.wallMs < BODIES_1000_LIMIT_MS,
          measured: `CLI plan ${Math.round(cli1000.wallMs)} ms with bodies, ${Math.round(withoutBodies.wallMs)} ms without: +${Math.round(cli1000.wallMs - withoutBodies.wallMs)} ms`,
        }
      : { target: `1,000 body templates add under ${BODIES_1000_LIMIT_MS} ms to a plan`, measured: 'not run' },
  );

  const bare = summaries.find((s) => s.kind === 'bare-node');
  const seed = summaries.find((s) => s.kind === 'action-plan' && s.label === 'seed');
  const cliSeed = summaries.find((s) => s.kind === 'cli-plan' && s.label === 'seed');
  results.push(
    bare && seed
      ? {
          target: `plan of the seed's 4 actions under ${SEED_RATIO_LIMIT} x a bare Node start`,
          holds: seed.wallMs < SEED_RATIO_LIMIT * bare.wallMs,
          measured:
            `action (PR plan and comment) ${Math.round(seed.wallMs)} ms = ${(seed.wallMs / bare.wallMs).toFixed(1)} x node -e "" (${Math.round(bare.wallMs)} ms)` +
            (cliSeed ? `; CLI plan ${Math.round(cliSeed.wallMs)} ms = ${(cliSeed.wallMs / bare.wallMs).toFixed(1)} x` : ''),
        }
      : { target: "plan of the seed's 4 actions under 4 x a bare Node start", measured: 'not run' },
  );

  results.push(...linearityTargets(summaries));

  const commented = summaries.filter((s) => s.kind === 'action-plan' || s.kind === 'action-plan-latency' || s.kind === 'action-plan-scaling');
  const missing = commented.filter((s) => s.commentLength === undefined);
  const tooLong = commented.filter((s) => (s.commentLength ?? 0) > MAX_COMMENT_LENGTH);
  results.push(
    commented.length === 0
      ? { target: `comment at most ${MAX_COMMENT_LENGTH} characters`, measured: 'not run' }
      : {
          target: `comment at most ${MAX_COMMENT_LENGTH.toLocaleString('en-US')} characters at every size`,
          holds: missing.length === 0 && tooLong.length === 0,
          measured:
            `longest ${Math.max(...commented.map((s) => s.commentLength ?? 0))}` +
            (missing.length > 0 ? `; no comment for ${missing.map((s) => s.label).join(', ')}` : '') +
            (tooLong.length > 0 ? `; too long: ${tooLong.map((s) => `${s.label} ${s.commentLength}`).join(', ')}` : ''),
        },
  );
  return results;
}

/** What one measure of a run is, for the linearity targets. */
interface Measure {
  readonly name: string;
  readonly of: (s: ScenarioSummary) => number | undefined;
  readonly unit: string;
  /** per action, in the unit shown */
  readonly perAction: (value: number) => string;
}

const TIME: Measure = { name: 'time', of: (s) => s.wallMs, unit: 'ms', perAction: (v) => `${v.toFixed(2)} ms` };
const MEMORY: Measure = { name: 'memory', of: (s) => (s.maxRssKb === undefined ? undefined : kibToMb(s.maxRssKb)), unit: 'MB', perAction: (v) => `${(v * 1000).toFixed(1)} KB` };

/**
 * Time and memory of the pull-request plan at 1,000, 5,000 and 20,000 actions: the cost of an action
 * added past 5,000 against the cost of one added past 1,000 (fixed costs, like Node's start, cancel out).
 */
function linearityTargets(summaries: readonly ScenarioSummary[]): TargetResult[] {
  const [small, middle, large] = SCALING_SIZES;
  const runs = SCALING_SIZES.map((actions) => find(summaries, 'action-plan-scaling', actions, 1));
  return [TIME, MEMORY].map((measure) => {
    const target = `${measure.name} grows linearly with the number of actions: the cost of one more action from ${middle.toLocaleString('en-US')} to ${large.toLocaleString('en-US')} at most ${LINEARITY_RATIO_LIMIT} x its cost from ${small.toLocaleString('en-US')} to ${middle.toLocaleString('en-US')}`;
    const values = runs.map((s) => (s ? measure.of(s) : undefined));
    if (values.some((v) => v === undefined)) return { target, measured: 'not run' };
    const [a, b, c] = values as [number, number, number];
    const lower = (b - a) / (middle - small);
    const upper = (c - b) / (large - middle);
    const figures = `${SCALING_SIZES.map((n, i) => `${n.toLocaleString('en-US')}: ${Math.round(values[i]!)} ${measure.unit}`).join(', ')}; per action ${measure.perAction(lower)} then ${measure.perAction(upper)}`;
    // A cost that does not grow from the smallest size to the middle one leaves nothing to compare with.
    if (lower <= 0) return { target, holds: upper <= 0, measured: `${figures}: no growth from ${small.toLocaleString('en-US')} to ${middle.toLocaleString('en-US')}` };
    const ratio = upper / lower;
    return { target, holds: ratio <= LINEARITY_RATIO_LIMIT, measured: `${figures}, ratio ${ratio.toFixed(2)}` };
  });
}
