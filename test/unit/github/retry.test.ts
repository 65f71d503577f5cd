import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyFailure, decideRetry } from '../../../src/github/retry.ts';
import { serverRequestedDelayMs, type RetryPolicy } from '../../../src/http/retry.ts';

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 5000, maxTotalMs: 30_000 };
const fresh = { retriesSoFar: 0, elapsedMs: 0, nowMs: 1_700_000_000_000, random: 1 };

test('classifies server errors, 429 and 403 rate limits; a plain 403 or 404 is not retried', () => {
  assert.equal(classifyFailure({ status: 502, headers: {} }), 'server-error');
  assert.equal(classifyFailure({ status: 500, headers: {} }), 'server-error');
  assert.equal(classifyFailure({ status: 429, headers: {} }), 'rate-limit');
  assert.equal(classifyFailure({ status: 403, headers: { 'retry-after': '5' } }), 'rate-limit');
  assert.equal(classifyFailure({ status: 403, headers: { 'x-ratelimit-remaining': '0' } }), 'rate-limit');
  assert.equal(classifyFailure({ status: 403, headers: {}, message: 'You have exceeded a secondary rate limit.' }), 'rate-limit');
  assert.equal(classifyFailure({ status: 403, headers: { 'x-ratelimit-remaining': '4999' }, message: 'Resource not accessible by integration' }), undefined);
  assert.equal(classifyFailure({ status: 404, headers: {} }), undefined);
  assert.equal(classifyFailure({ status: 422, headers: {} }), undefined);
});

test('backoff doubles per retry and is capped by maxDelayMs; jitter only shortens it', () => {
  const delays = [0, 1, 2, 3].map((retriesSoFar) => decideRetry({ status: 503, headers: {} }, { ...fresh, retriesSoFar }, policy));
  assert.deepEqual(
    delays.map((d) => (d.retry ? d.delayMs : 'stop')),
    [1000, 2000, 4000, 'stop'],
  );
  const jittered = decideRetry({ status: 503, headers: {} }, { ...fresh, retriesSoFar: 5, random: 0 }, { ...policy, maxRetries: 9 });
  assert.deepEqual(jittered, { retry: true, delayMs: 3750, kind: 'server-error' });
});

test('Retry-After is honoured exactly, in seconds or as an HTTP date', () => {
  assert.deepEqual(decideRetry({ status: 429, headers: { 'retry-after': '7' } }, fresh, policy), { retry: true, delayMs: 7000, kind: 'rate-limit' });
  const date = new Date(fresh.nowMs + 12_000).toUTCString();
  assert.equal(serverRequestedDelayMs({ 'retry-after': date }, fresh.nowMs, 'epoch-seconds'), 12_000);
});

test('x-ratelimit-remaining 0 waits until x-ratelimit-reset', () => {
  const reset = String(fresh.nowMs / 1000 + 20);
  const decision = decideRetry({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }, fresh, policy);
  assert.deepEqual(decision, { retry: true, delayMs: 20_000, kind: 'rate-limit' });
});

test('a wait past the total budget gives up at once and says why', () => {
  const decision = decideRetry({ status: 429, headers: { 'retry-after': '60' } }, { ...fresh, elapsedMs: 1000 }, policy);
  assert.equal(decision.retry, false);
  assert.equal(decision.kind, 'rate-limit');
  assert.match(!decision.retry ? decision.reason ?? '' : '', /wait 60s, beyond the 30s retry budget/);
});
