import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestTimings, startTimingProxy } from './timing-proxy.ts';

test('the proxy forwards method, path, headers and body, and notes arrival and finish times', async () => {
  const seen: Array<{ method?: string; url?: string; auth?: string; body: string }> = [];
  const upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
      setTimeout(() => {
        res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' });
        res.end('{"ok":true}');
      }, 30);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const proxy = await startTimingProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
  try {
    const startedAt = performance.now();
    const answer = await fetch(`${proxy.url}/projects/p1/revision/r1?x=1`, { method: 'PATCH', headers: { authorization: 'Bearer secret' }, body: '[{"op":"test"}]' });
    assert.equal(answer.status, 201);
    assert.equal(answer.headers.get('x-upstream'), 'yes');
    assert.deepEqual(await answer.json(), { ok: true });
    assert.deepEqual(seen, [{ method: 'PATCH', url: '/projects/p1/revision/r1?x=1', auth: 'Bearer secret', body: '[{"op":"test"}]' }]);

    assert.equal(proxy.requests.length, 1);
    const [entry] = proxy.requests;
    assert.equal(entry!.method, 'PATCH');
    assert.equal(entry!.path, '/projects/p1/revision/r1');
    assert.equal(entry!.status, 201);
    assert.ok(entry!.arrivedAt >= startedAt);
    assert.ok(entry!.finishedAt! - entry!.arrivedAt >= 25, 'finish must include the upstream delay');
    // nothing of the request's content is kept
    assert.ok(!JSON.stringify(proxy.requests).includes('secret'));

    proxy.reset();
    assert.equal(proxy.requests.length, 0);
  } finally {
    await proxy.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
});

test('requestTimings: spawn to first arrival, and first arrival to last finish', () => {
  const timings = requestTimings(
    [
      { method: 'GET', path: '/a', arrivedAt: 150, finishedAt: 400 },
      { method: 'GET', path: '/b', arrivedAt: 120, finishedAt: 300 },
    ],
    100,
  );
  assert.deepEqual(timings, { firstOryRequestMs: 20, orySpanMs: 280 });
  assert.deepEqual(requestTimings([], 100), {});
});
