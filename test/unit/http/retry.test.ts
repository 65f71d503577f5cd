import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRetry, serverRequestedDelayMs, withRetries, type RetryPolicy } from '../../../src/http/retry.ts';

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxTotalMs: 10_000 };
const NOW = 1_700_000_000_000;

test('Retry-After wins over x-ratelimit-reset; seconds or an HTTP date', () => {
  assert.equal(serverRequestedDelayMs({ 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '9' }, NOW, 'seconds-from-now'), 2000);
  assert.equal(serverRequestedDelayMs({ 'retry-after': new Date(NOW + 5000).toUTCString() }, NOW, 'epoch-seconds'), 5000);
});

test("x-ratelimit-reset is read the server's way: Ory counts seconds from now, GitHub names an epoch second", () => {
  assert.equal(serverRequestedDelayMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3' }, NOW, 'seconds-from-now'), 3000);
  assert.equal(serverRequestedDelayMs({ 'x-ratelimit-reset': '3' }, NOW, 'seconds-from-now'), 3000, 'a 429 that does not say what remains');
  assert.equal(serverRequestedDelayMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 4) }, NOW, 'epoch-seconds'), 4000);
  assert.equal(serverRequestedDelayMs({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '3' }, NOW, 'seconds-from-now'), undefined, 'requests remain: not a reason to wait');
  assert.equal(serverRequestedDelayMs({ 'x-ratelimit-reset': 'soon' }, NOW, 'seconds-from-now'), undefined);
  assert.equal(serverRequestedDelayMs({}, NOW, 'seconds-from-now'), undefined);
});

test('a requested wait is honoured as given within the budget; past it, no retry and a reason', () => {
  const fresh = { retriesSoFar: 0, elapsedMs: 0, nowMs: NOW, random: 1 };
  assert.deepEqual(nextRetry(5000, fresh, policy, 'Ory'), { retry: true, delayMs: 5000 });
  assert.deepEqual(nextRetry(undefined, fresh, policy, 'Ory'), { retry: true, delayMs: 100 });
  assert.deepEqual(nextRetry(20_000, fresh, policy, 'Ory'), { retry: false, reason: 'Ory asked to wait 20s, beyond the 10s retry budget' });
  assert.deepEqual(nextRetry(undefined, { ...fresh, retriesSoFar: 3 }, policy, 'Ory'), { retry: false, reason: 'gave up after 4 attempts' });
});

test('withRetries is bounded in count: the last error is thrown after maxRetries retries', async () => {
  const sleeps: number[] = [];
  let attempts = 0;
  let gaveUpAfter = 0;
  await assert.rejects(
    withRetries(
      async () => {
        attempts++;
        throw new Error(`failure ${attempts}`);
      },
      (_error, state) => nextRetry(undefined, state, policy, 'test'),
      { sleep: async (ms) => void sleeps.push(ms), now: () => NOW, random: () => 1 },
      { onGiveUp: (_error, tried) => void (gaveUpAfter = tried) },
    ),
    /failure 4/,
  );
  assert.equal(attempts, 4);
  assert.equal(gaveUpAfter, 4);
  assert.deepEqual(sleeps, [100, 200, 400]);
});

test('withRetries is bounded in time: no wait that would end past maxTotalMs', async () => {
  let clock = NOW;
  const sleeps: number[] = [];
  let attempts = 0;
  await assert.rejects(
    withRetries(
      async () => {
        attempts++;
        throw new Error('busy');
      },
      (_error, state) => nextRetry(4000, state, { ...policy, maxRetries: 100 }, 'test'),
      { sleep: async (ms) => void (sleeps.push(ms), (clock += ms)), now: () => clock, random: () => 1 },
    ),
    /busy/,
  );
  assert.deepEqual(sleeps, [4000, 4000], 'a third wait would end at 12 s, past the 10 s budget');
  assert.equal(attempts, 3);
});

test('a failure not worth a retry is thrown at once', async () => {
  let attempts = 0;
  await assert.rejects(
    withRetries(
      async () => {
        attempts++;
        throw new Error('bad request');
      },
      () => undefined,
      { sleep: async () => assert.fail('no wait expected'), now: () => NOW, random: () => 1 },
    ),
    /bad request/,
  );
  assert.equal(attempts, 1);
});
