import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kibToMb, median, summarize, type RunSample, type ScenarioResult } from './results.ts';

const sample = (over: Partial<RunSample>): RunSample => ({ exitCode: 0, wallMs: 100, oryRequests: { 'GET /projects/{id}': 1 }, githubRequests: {}, ...over });

test('median of odd and even counts, and of nothing', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), undefined);
});

test('summarize takes medians of times, the largest RSS and comment, and flags failed runs', () => {
  const result: ScenarioResult = {
    kind: 'action-plan',
    label: '100 x 1',
    actions: 100,
    projects: 1,
    latencyMs: 0,
    expectedExit: 0,
    samples: [
      sample({ wallMs: 300, cpuMs: 250, maxRssKb: 100_000, firstOryRequestMs: 200, commentLength: 10 }),
      sample({ wallMs: 100, cpuMs: 90, maxRssKb: 300_000, firstOryRequestMs: 80, commentLength: 30 }),
      sample({ wallMs: 200, cpuMs: 150, maxRssKb: 200_000, firstOryRequestMs: 120, commentLength: 20, exitCode: 1, failure: 'ory-auth' }),
    ],
  };
  const summary = summarize(result);
  assert.equal(summary.wallMs, 200);
  assert.equal(summary.cpuMs, 150);
  assert.equal(summary.maxRssKb, 300_000);
  assert.equal(summary.firstOryRequestMs, 120);
  assert.equal(summary.commentLength, 30);
  assert.equal(summary.ok, false);
  assert.deepEqual(summary.failures, ['exit 1: ory-auth']);
  assert.equal(summary.requestsStable, true);
});

test('summarize notices when runs made different Ory requests, but not when only GitHub differed', () => {
  const base = { kind: 'action-apply' as const, label: 'x', actions: 1, projects: 1, latencyMs: 0, expectedExit: 0 };
  const oryVaried = summarize({ ...base, samples: [sample({}), sample({ oryRequests: { 'GET /projects/{id}': 2 } })] });
  assert.equal(oryVaried.requestsStable, false);
  const githubVaried = summarize({ ...base, samples: [sample({ githubRequests: { a: 1 } }), sample({ githubRequests: { b: 1 } })] });
  assert.equal(githubVaried.requestsStable, true);
  assert.deepEqual(githubVaried.githubRequests, { b: 1 });
  assert.throws(() => summarize({ ...base, samples: [] }), /no runs/);
});

test('KiB from GNU time become decimal MB', () => {
  assert.equal(kibToMb(146_484.375), 150);
});
