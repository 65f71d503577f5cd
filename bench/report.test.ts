import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compositionOfBundle, ownerOf, sharesOf } from './bundle.ts';
import { benchMatrix, parseBenchArgs } from './matrix.ts';
import { formatCounts, resultsTable, targetsTable } from './report.ts';
import type { ScenarioSummary } from './results.ts';

const base: Omit<ScenarioSummary, 'kind' | 'label'> = {
  actions: 0,
  projects: 0,
  latencyMs: 0,
  runs: 3,
  ok: true,
  failures: [],
  wallMs: 50,
  oryRequests: {},
  githubRequests: {},
  requestsStable: true,
};

test('request counts are shortened for the table, and unknown routes keep their name', () => {
  assert.equal(formatCounts({ 'GET /projects/{id}': 5, 'PATCH /projects/{id}/revision/{rev}': 5 }, { 'GET /projects/{id}': 'GET', 'PATCH /projects/{id}/revision/{rev}': 'PATCH' }), 'GET 5, PATCH 5');
  assert.equal(formatCounts({ 'PUT /projects/{id}': 1 }, {}), 'PUT /projects/{id} 1');
  assert.equal(formatCounts({}, {}), '-');
});

test('the results table has one row per scenario, ratios to bare node, MB, and marks failures', () => {
  const table = resultsTable([
    { ...base, kind: 'bare-node', label: 'node -e ""', wallMs: 50, maxRssKb: 43_000 },
    {
      ...base,
      kind: 'action-plan',
      label: '1000 x 5',
      actions: 1000,
      projects: 5,
      wallMs: 1500,
      cpuMs: 1800,
      maxRssKb: 200_000,
      firstOryRequestMs: 900,
      oryRequests: { 'GET /projects/{id}': 5 },
      githubRequests: { 'GET /user': 1, 'PATCH /repos/{owner}/{repo}/issues/comments/{id}': 1 },
      commentLength: 65_000,
      ok: false,
    },
  ]);
  const lines = table.split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[3]!, /\| action plan \(pull_request \+ comment\) \| 1000 x 5 \| 3 \| 1500 \(FAILED\) \| 30\.0 \| 1800 \| 205 \| 900 \| GET 5 \| user 1, update comment 1 \| 65000 \|/);
});

test('the targets table says yes, NO, or not run', () => {
  const table = targetsTable([
    { target: 'a', holds: true, measured: 'x' },
    { target: 'b', holds: false, measured: 'y | z' },
    { target: 'c', measured: 'not run' },
  ]);
  assert.match(table, /\| a \| yes \| x \|/);
  assert.match(table, /\| b \| \*\*NO\*\* \| y \\\| z \|/);
  assert.match(table, /\| c \| not run \| not run \|/);
});

test('bundle inputs are grouped by npm package (scoped and nested) or src folder', () => {
  assert.equal(ownerOf('node_modules/@ory/client/dist/api.js'), '@ory/client');
  assert.equal(ownerOf('node_modules/@actions/github/node_modules/undici/lib/x.js'), 'undici');
  assert.equal(ownerOf('src/jsonnet/parser.ts'), 'src/jsonnet');
  assert.equal(ownerOf('src/index.ts'), 'src');
  assert.deepEqual(sharesOf({ 'node_modules/yaml/a.js': { bytesInOutput: 5 }, 'node_modules/yaml/b.js': { bytesInOutput: 7 }, 'src/render/x.ts': { bytesInOutput: 20 } }), [
    { owner: 'src/render', bytes: 20 },
    { owner: 'yaml', bytes: 12 },
  ]);
});

test('arguments: --quick, --runs N, --profile / --no-profile; anything else is refused', () => {
  assert.deepEqual(parseBenchArgs([]), { quick: false, help: false });
  assert.deepEqual(parseBenchArgs(['--quick', '--runs', '2', '--no-profile']), { quick: true, runs: 2, profile: false, help: false });
  assert.deepEqual(parseBenchArgs(['--runs=4', '--profile']), { quick: false, runs: 4, profile: true, help: false });
  assert.throws(() => parseBenchArgs(['--runs', '0']), /whole number/);
  assert.throws(() => parseBenchArgs(['--fast']), /unknown option --fast/);
  assert.deepEqual(parseBenchArgs(['--node', '/usr/bin/node']), { quick: false, node: '/usr/bin/node', help: false });
});

test('the full matrix covers 1 to 5,000 actions over 1, 5 and 20 projects; quick stays small; --runs overrides', () => {
  const full = benchMatrix({ quick: false });
  const sizes = full.sizes.filter((s) => !s.seed).map((s) => `${s.actions}x${s.projects}`);
  assert.deepEqual(sizes, ['1x1', '100x1', '100x5', '100x20', '1000x1', '1000x5', '1000x20', '5000x1', '5000x5', '5000x20']);
  assert.ok(full.sizes.some((s) => s.seed && s.actions === 4));
  assert.deepEqual(full.latency, { actions: 100, projects: 20, latencyMs: 200, runs: 3 });
  const quick = benchMatrix({ quick: true });
  assert.ok(quick.sizes.every((s) => s.actions <= 1000));
  assert.ok(quick.sizes.some((s) => s.actions === 1000 && s.projects === 1));
  const fixed = benchMatrix({ quick: false, runs: 2 });
  assert.ok(fixed.sizes.every((s) => s.runs.actionPlan === 2 && s.runs.cliPlan === 2 && s.runs.apply === 2));
  assert.equal(fixed.bareNodeRuns, 2);
});

test('the composition of a built bundle is read from its module headers', () => {
  const bundle = ['// banner', '// node_modules/@ory/client/dist/esm/api.js', 'aaaa', '// src/render/x.ts', 'bb', '// node_modules/@ory/client/dist/esm/base.js', 'cc'].join('\n');
  const { totalBytes, shares } = compositionOfBundle(bundle);
  assert.equal(totalBytes, Buffer.byteLength(bundle));
  const bytes = (...lines: string[]) => lines.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
  assert.deepEqual(shares, [
    { owner: '@ory/client', bytes: bytes('// node_modules/@ory/client/dist/esm/api.js', 'aaaa', '// node_modules/@ory/client/dist/esm/base.js', 'cc') - 1 },
    { owner: 'src/render', bytes: bytes('// src/render/x.ts', 'bb') },
    { owner: '(banner and esbuild runtime helpers)', bytes: bytes('// banner') },
  ]);
  assert.equal(shares.reduce((n, s) => n + s.bytes, 0), totalBytes);
});
