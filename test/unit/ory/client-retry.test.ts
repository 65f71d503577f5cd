/** The Ory client against a real local HTTP server that rate-limits the way Ory does (NOTES "Rate limits"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOryProjects } from '../../../src/ory/client.ts';
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
