/** The Ory client against a real local HTTP server that rate-limits the way Ory does (NOTES "Rate limits"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ORY_RETRY_POLICY, OryTimeUp, createOryProjects, oryTimingFromEnv } from '../../../src/ory/client.ts';
import { readProjects } from '../../../src/ory/read-projects.ts';
import { RunFailure } from '../../../src/model/failure.ts';

async function withServer(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void, work: (url: string) => Promise<void>): Promise<void> {
  let count = 0;
  const server = createServer((request, response) => answer(request, response, ++count));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const PROJECT = { id: 'p1', revision_id: 'r1', services: {} };

test("a 429 with an empty body and only x-ratelimit-* headers waits until Ory's reset (seconds from now), then reads", async () => {
  const sleeps: number[] = [];
  await withServer(
    (_request, response, count) => {
      if (count === 1) {
        response.writeHead(429, { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3' });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(PROJECT));
    },
    async (url) => {
      const ory = createOryProjects({ apiUrl: url, apiKey: 'ory_wak_test', sleep: async (ms) => void sleeps.push(ms) });
      assert.deepEqual(await ory.getProject('p1'), PROJECT);
      assert.deepEqual(sleeps, [3000]);
    },
  );
});

test('Retry-After is honoured as given; a rate limit that never lifts ends in ory-unavailable, bounded in count', async () => {
  const sleeps: number[] = [];
  let requests = 0;
  await withServer(
    (_request, response) => {
      requests++;
      response.writeHead(429, { 'retry-after': '2' });
      response.end();
    },
    async (url) => {
      const ory = createOryProjects({ apiUrl: url, apiKey: 'ory_wak_test', sleep: async (ms) => void sleeps.push(ms) });
      const error = await ory.getProject('p1').then(
        () => assert.fail('expected a failure'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof RunFailure);
      assert.equal(error.reason, 'ory-unavailable');
      assert.equal(requests, 5, 'the first attempt and 4 retries');
      assert.deepEqual(sleeps, [2000, 2000, 2000, 2000]);
    },
  );
});

test('a reset past the time budget is not waited for: the run fails at once', async () => {
  const sleeps: number[] = [];
  let requests = 0;
  await withServer(
    (_request, response) => {
      requests++;
      response.writeHead(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3600' });
      response.end();
    },
    async (url) => {
      const ory = createOryProjects({ apiUrl: url, apiKey: 'ory_wak_test', sleep: async (ms) => void sleeps.push(ms) });
      await assert.rejects(ory.getProject('p1'), (e: unknown) => e instanceof RunFailure && e.reason === 'ory-unavailable');
      assert.equal(requests, 1);
      assert.deepEqual(sleeps, []);
    },
  );
});

test('one budget of Ory time for the whole client: many failing requests together stop at 60 s, answers and waits counted, and later ones are not sent', async () => {
  let now = 0;
  const sleeps: number[] = [];
  const asked: string[] = [];
  await withServer(
    (request, response) => {
      asked.push(request.url ?? '');
      now += 1_000; // each answer takes a second of the injected clock
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 503, message: 'Service Unavailable' } }));
    },
    async (url) => {
      const ory = createOryProjects({ apiUrl: url, apiKey: 'ory_wak_test', now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) });
      const failures: RunFailure[] = [];
      // 20 projects read one after another: alone, each could take 12.5 s (5 answers, 0.5 + 1 + 2 + 4 s of waits)
      for (let i = 0; i < 20; i++) {
        await ory.getProject(`p-${i}`).then(
          () => assert.fail('expected a failure'),
          (e: unknown) => {
            assert.ok(e instanceof RunFailure && e.reason === 'ory-unavailable', String(e));
            failures.push(e);
          },
        );
      }
      // the last answer may end up to its second past the budget here: this fake clock cannot be cut
      // off (a real request is, by its timeout: the next test)
      assert.ok(now <= 60_000 + 1_000, `${now} ms of Ory time in all`);
      assert.ok(now > 60_000 - 5_000, `stopped by the budget, not earlier: ${now} ms`);
      assert.ok(asked.length < 5 * 20 / 2, `${asked.length} requests sent`);
      const stopped = failures.findIndex((e) => e instanceof OryTimeUp);
      assert.ok(stopped > 0, 'the first requests fail on their own count of attempts');
      assert.match(failures[0]!.message, /after retries/);
      const timeUp = failures[stopped] as OryTimeUp;
      assert.match(timeUp.message, new RegExp(`while trying to read project p-${stopped} after \\d attempts? \\(last: HTTP 503\\)`));
      assert.match(timeUp.message, /budget of Ory time/);
      assert.match(timeUp.message, /run again in a few minutes/);
      assert.ok(failures.slice(stopped).every((e) => e instanceof OryTimeUp), 'once out of time, every request says so');
      const notSent = failures.filter((e) => e instanceof OryTimeUp && !e.requestSent);
      assert.ok(notSent.length > 0);
      for (const later of notSent) {
        assert.match(later.message, /this run's 60s budget of Ory time is used up.*That request was not sent/);
        const id = /read project (p-\d+)/.exec(later.message)![1]!;
        assert.equal(asked.filter((u) => u.endsWith(`/${id}`)).length, 0, `${id} was not asked for`);
      }
      // the waits before reading a lagging project again draw from the same budget
      await assert.rejects(ory.pause(500, 'read project p-0 again'), (e: unknown) => e instanceof OryTimeUp && /read project p-0 again/.test(e.message));
    },
  );
});

test('a slow Ory: requests in flight are cut off when the budget ends, whatever their own timeout', async () => {
  const started = Date.now();
  await withServer(
    () => {
      // never answers
    },
    async (url) => {
      const ory = createOryProjects({ apiUrl: url, apiKey: 'ory_wak_test', timeoutMs: 30_000, retry: { ...ORY_RETRY_POLICY, baseDelayMs: 50, maxTotalMs: 800 } });
      await assert.rejects(readProjects(ory, ['p1', 'p2', 'p3']), (e: unknown) => e instanceof OryTimeUp && e.requestSent && /read project p\d after 1 attempt \(last: no answer in time\): this run's 0\.8s budget of Ory time is used up/.test(e.message));
    },
  );
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 800 + 700, `gave up after ${elapsed} ms`);
});

test('the timing knobs read from the environment can shorten the run budget, never lengthen it', () => {
  assert.deepEqual(oryTimingFromEnv({}), {});
  assert.equal(oryTimingFromEnv({ ORY_ACTIONS_RETRY_BUDGET_MS: '1500' }).retry?.maxTotalMs, 1500);
  assert.equal(oryTimingFromEnv({ ORY_ACTIONS_RETRY_BUDGET_MS: '600000' }).retry?.maxTotalMs, 60_000);
  assert.deepEqual(oryTimingFromEnv({ ORY_ACTIONS_RETRY_BASE_MS: '50', ORY_ACTIONS_HTTP_TIMEOUT_MS: '300' }), {
    timeoutMs: 300,
    retry: { ...ORY_RETRY_POLICY, baseDelayMs: 50, maxDelayMs: 1000 },
  });
});
