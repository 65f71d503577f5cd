import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScenarioSummary } from './results.ts';
import { evaluateTargets, GET_PROJECT, PATCH_REVISION, type TargetResult } from './targets.ts';
import { compareWithTerraform, terraformCounts } from './terraform.ts';

function summary(over: Partial<ScenarioSummary> & Pick<ScenarioSummary, 'kind'>): ScenarioSummary {
  return {
    label: `${over.actions ?? 0} x ${over.projects ?? 0}`,
    actions: 0,
    projects: 0,
    latencyMs: 0,
    runs: 3,
    ok: true,
    failures: [],
    wallMs: 100,
    oryRequests: {},
    githubRequests: {},
    requestsStable: true,
    ...over,
  };
}

function goodSet(): ScenarioSummary[] {
  const sizes = [100, 1000, 5000].flatMap((actions) =>
    [1, 20].flatMap((projects) => [
      summary({ kind: 'action-plan', actions, projects, oryRequests: { [GET_PROJECT]: projects }, commentLength: 60_000, maxRssKb: 100_000, wallMs: 500 }),
      summary({ kind: 'cli-plan', actions, projects, oryRequests: { [GET_PROJECT]: projects }, maxRssKb: 100_000 }),
      summary({ kind: 'action-apply', actions, projects, oryRequests: { [GET_PROJECT]: projects, [PATCH_REVISION]: projects }, maxRssKb: 100_000 }),
      summary({ kind: 'action-apply-unchanged', actions, projects, oryRequests: { [GET_PROJECT]: projects }, maxRssKb: 100_000 }),
    ]),
  );
  return [
    summary({ kind: 'bare-node', label: 'node -e ""', wallMs: 50 }),
    summary({ kind: 'action-plan', label: 'seed', actions: 4, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, commentLength: 3000, wallMs: 150 }),
    ...sizes,
    summary({ kind: 'action-plan-latency', actions: 100, projects: 20, latencyMs: 200, oryRequests: { [GET_PROJECT]: 20 }, commentLength: 50_000, wallMs: 900, orySpanMs: 600 }),
    summary({ kind: 'cli-plan-no-bodies', actions: 1000, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, wallMs: 400 }),
    ...scaling([600, 2200, 8200], [100_000, 180_000, 480_000]),
  ];
}

/** The scaling series at 1,000, 5,000 and 20,000 actions: wall ms and peak RSS KiB at each size. */
function scaling(wallMs: readonly number[], maxRssKb: readonly number[]): ScenarioSummary[] {
  return [1000, 5000, 20_000].map((actions, i) =>
    summary({ kind: 'action-plan-scaling', actions, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, commentLength: 60_000, wallMs: wallMs[i]!, maxRssKb: maxRssKb[i]! }),
  );
}

const withScaling = (wallMs: readonly number[], maxRssKb: readonly number[]) => [...goodSet().filter((s) => s.kind !== 'action-plan-scaling'), ...scaling(wallMs, maxRssKb)];

const byName = (results: TargetResult[], fragment: string) => {
  const found = results.find((r) => r.target.includes(fragment));
  assert.ok(found, `no target containing "${fragment}"`);
  return found;
};

test('every target holds for figures that meet them', () => {
  const results = evaluateTargets(goodSet());
  assert.equal(results.length, 12);
  assert.deepEqual(results.filter((r) => r.holds !== true).map((r) => r.target), []);
});

test('an extra request, a slow plan, a heavy run, a long comment and a failed run each break their own target', () => {
  const set = goodSet().map((s) => {
    if (s.kind === 'action-plan' && s.actions === 1000 && s.projects === 1) return { ...s, wallMs: 1500, oryRequests: { [GET_PROJECT]: 2 } };
    if (s.kind === 'action-apply-unchanged' && s.actions === 100 && s.projects === 20) return { ...s, oryRequests: { [GET_PROJECT]: 20, [PATCH_REVISION]: 20 } };
    if (s.kind === 'cli-plan' && s.actions === 5000 && s.projects === 1) return { ...s, maxRssKb: 400_000, ok: false, failures: ['exit 1: boom'] };
    if (s.kind === 'action-plan-scaling' && s.actions === 20_000) return { ...s, maxRssKb: 1_200_000 };
    if (s.kind === 'action-plan' && s.actions === 5000 && s.projects === 20) return { ...s, commentLength: 70_000 };
    if (s.kind === 'action-plan' && s.label === 'seed') return { ...s, wallMs: 250 };
    return s;
  });
  const results = evaluateTargets(set);
  assert.equal(byName(results, 'exited').holds, false);
  assert.match(byName(results, 'exited').measured, /boom/);
  assert.equal(byName(results, 'plan: exactly 1 GET').holds, false);
  assert.match(byName(results, 'plan: exactly 1 GET').measured, /action-plan 1000 x 1: GET \/projects\/\{id\} x2/);
  assert.equal(byName(results, 'apply again').holds, false);
  assert.equal(byName(results, 'independent').holds, false);
  assert.equal(byName(results, '1,000 actions in one project').holds, false);
  assert.equal(byName(results, "seed's 4 actions").holds, false);
  assert.match(byName(results, "seed's 4 actions").measured, /5\.0 x/);
  assert.equal(byName(results, 'memory grows linearly').holds, false);
  assert.equal(byName(results, 'time grows linearly').holds, true);
  assert.equal(byName(results, 'comment at most').holds, false);
  assert.equal(byName(results, 'apply (all projects changed)').holds, true);
});

test('body templates break their target when they add 200 ms or more to a plan', () => {
  const slow = goodSet().map((s) => (s.kind === 'cli-plan' && s.actions === 1000 && s.projects === 1 ? { ...s, wallMs: 700 } : s));
  const result = byName(evaluateTargets(slow), 'body templates');
  assert.equal(result.holds, false);
  assert.match(result.measured, /\+300 ms/);
});

test('the latency target wants well under 20 x 200 ms', () => {
  const slow = goodSet().map((s) => (s.kind === 'action-plan-latency' ? { ...s, wallMs: 4100 } : s));
  assert.equal(byName(evaluateTargets(slow), 'at 200 ms').holds, false);
  assert.equal(byName(evaluateTargets(goodSet()), 'at 200 ms').holds, true);
});

test('targets whose scenarios did not run say so instead of passing', () => {
  const results = evaluateTargets([summary({ kind: 'bare-node', wallMs: 50 })]);
  assert.equal(byName(results, 'memory grows linearly').holds, undefined);
  assert.equal(byName(results, 'memory grows linearly').measured, 'not run');
  assert.equal(byName(results, 'time grows linearly').measured, 'not run');
  assert.equal(byName(results, 'plan: exactly 1 GET').holds, undefined);
});

test('Terraform makes one read per resource and one write per resource; ours come from the measured runs', () => {
  assert.deepEqual(terraformCounts(5000), { terraformPlan: { get: 5000 }, terraformApply: { get: 5000, write: 5000 } });
  const rows = compareWithTerraform(goodSet());
  const row = rows.find((r) => r.actions === 1000 && r.projects === 20)!;
  assert.deepEqual(row.oursPlan, { get: 20 });
  assert.deepEqual(row.oursApply, { get: 20, write: 20 });
  assert.equal(row.terraformApply.write, 1000);
  assert.deepEqual(rows.map((r) => `${r.actions}x${r.projects}`), ['4x1', '100x1', '100x20', '1000x1', '1000x20', '5000x1', '5000x20']);
});

test('time and memory must grow linearly: the cost of an action past 5,000 against one past 1,000, with the figures', () => {
  const results = evaluateTargets(withScaling([600, 2200, 8200], [100 * 1024, 180 * 1024, 480 * 1024]));
  const time = byName(results, 'time grows linearly');
  assert.equal(time.holds, true);
  // 1,600 ms over 4,000 actions, then 6,000 ms over 15,000: 0.40 ms each time
  assert.equal(time.measured, '1,000: 600 ms, 5,000: 2200 ms, 20,000: 8200 ms; per action 0.40 ms then 0.40 ms, ratio 1.00');
  const memory = byName(results, 'memory grows linearly');
  assert.equal(memory.holds, true);
  assert.equal(memory.measured, '1,000: 105 MB, 5,000: 189 MB, 20,000: 503 MB; per action 21.0 KB then 21.0 KB, ratio 1.00');
});

test('a cost per action that grows with the size breaks linearity; a little curvature does not', () => {
  // quadratic: 0.1 ms x n^2 / 1,000,000 on top of a fixed 200 ms
  const quadratic = [1000, 5000, 20_000].map((n) => 200 + (0.1 * n * n) / 1000);
  const time = byName(evaluateTargets(withScaling(quadratic, [100 * 1024, 180 * 1024, 480 * 1024])), 'time grows linearly');
  assert.equal(time.holds, false);
  assert.match(time.measured, /ratio 4\.17$/);
  const slightlyCurved = byName(evaluateTargets(withScaling([600, 2200, 9600], [100 * 1024, 180 * 1024, 560 * 1024])), 'memory grows linearly');
  assert.equal(slightlyCurved.holds, true, 'ratio 1.19');
  const overLimit = byName(evaluateTargets(withScaling([600, 2200, 9600], [100 * 1024, 180 * 1024, 640 * 1024])), 'memory grows linearly');
  assert.equal(overLimit.holds, false);
  assert.match(overLimit.measured, /ratio 1\.53$/);
});

test('a measure that does not grow from 1,000 to 5,000 actions has nothing to compare with, and holds only if it stays flat', () => {
  const flat = byName(evaluateTargets(withScaling([600, 2200, 8200], [100 * 1024, 100 * 1024, 100 * 1024])), 'memory grows linearly');
  assert.equal(flat.holds, true);
  assert.match(flat.measured, /no growth from 1,000 to 5,000$/);
  const jump = byName(evaluateTargets(withScaling([600, 2200, 8200], [100 * 1024, 100 * 1024, 300 * 1024])), 'memory grows linearly');
  assert.equal(jump.holds, false);
});

test("the seed target shows the CLI's ratio beside the action's", () => {
  const set = [...goodSet(), summary({ kind: 'cli-plan', label: 'seed', actions: 4, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, wallMs: 120 })];
  const seed = byName(evaluateTargets(set), "seed's 4 actions");
  assert.equal(seed.holds, true);
  assert.match(seed.measured, /action \(PR plan and comment\) 150 ms = 3\.0 x .*; CLI plan 120 ms = 2\.4 x/);
});

test('a 1,000-action plan must also hold when the base commit holds the previous manifest', () => {
  const slowWithBase = [...goodSet(), summary({ kind: 'action-plan-with-base', actions: 1000, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, wallMs: 1200 })];
  const result = byName(evaluateTargets(slowWithBase), '1,000 actions in one project');
  assert.equal(result.holds, false);
  assert.match(result.measured, /action 500 ms.*; action with the previous manifest at the base commit 1200 ms/);
  const fast = [...goodSet(), summary({ kind: 'action-plan-with-base', actions: 1000, projects: 1, oryRequests: { [GET_PROJECT]: 1 }, wallMs: 900 })];
  assert.equal(byName(evaluateTargets(fast), '1,000 actions in one project').holds, true);
});

test('CLI applies are held to the same request counts as the action: 1 GET + 1 PATCH per project', () => {
  const good = [...goodSet(), summary({ kind: 'cli-apply', actions: 1000, projects: 20, oryRequests: { [GET_PROJECT]: 20, [PATCH_REVISION]: 20 } })];
  assert.equal(byName(evaluateTargets(good), 'apply (all projects changed)').holds, true);
  const extra = [...goodSet(), summary({ kind: 'cli-apply', actions: 1000, projects: 20, oryRequests: { [GET_PROJECT]: 21, [PATCH_REVISION]: 20 } })];
  const result = byName(evaluateTargets(extra), 'apply (all projects changed)');
  assert.equal(result.holds, false);
  assert.match(result.measured, /cli-apply 1000 x 20/);
});

test("the yaml parse floor is shown beside the 1,000-action target, and never judged as a plan", () => {
  const set = [
    ...goodSet(),
    // a floor above the limit must not fail a target every plan run holds
    summary({ kind: 'yaml-parse-floor', actions: 5000, projects: 1, maxRssKb: 175_781, wallMs: 900 }),
    summary({ kind: 'yaml-parse-floor', actions: 1000, projects: 1, maxRssKb: 97_656, wallMs: 420 }),
  ];
  const results = evaluateTargets(set);
  const plan1000 = byName(results, 'plan of 1,000 actions');
  assert.match(plan1000.measured, /floor: the yaml package parsing the manifest alone in a fresh Node 420 ms/);
  const independence = byName(results, 'independent of the number of actions');
  assert.doesNotMatch(independence.measured, /yaml-parse-floor/);
  assert.equal(independence.holds, true);
});
