/**
 * The fetch the GitHub client hands Octokit, carried by axios: what Octokit reads of a response must
 * be what fetch would give, against a real local HTTP server.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import axios from 'axios';
import { fetchOverAxios } from '../../../src/github/transport.ts';

let server: Server;
let base: string;
const received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/json': (_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('X-GitHub-Request-Id', 'ABC:123');
    res.end(JSON.stringify({ ok: 'é' }));
  },
  '/gzip': (_req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync('unzipped text'));
  },
  '/binary': (_req, res) => {
    res.setHeader('content-type', 'application/octet-stream');
    res.end(Buffer.from([0, 1, 2, 255]));
  },
  '/redirect': (_req, res) => {
    res.statusCode = 302;
    res.setHeader('location', '/json');
    res.end();
  },
  '/missing': (_req, res) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'application/json');
    res.end('{"message":"Not Found"}');
  },
  '/empty': (_req, res) => {
    res.statusCode = 204;
    res.end();
  },
  '/echo': (_req, res) => res.end(),
  '/hang': () => {
    /* never answers */
  },
};

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      (routes[req.url ?? ''] ?? routes['/missing']!)(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fetch = fetchOverAxios();

test('a JSON answer: status, headers as fetch gives them (lower-case, sorted, repeated ones joined), text and json', async () => {
  const response = await fetch(`${base}/json`);
  assert.equal(response.status, 200);
  assert.equal(response.ok, true);
  assert.equal(response.statusText, 'OK');
  assert.equal(response.url, `${base}/json`);
  assert.equal(response.headers.get('X-GitHub-Request-Id'), 'ABC:123');
  assert.equal(response.headers.get('set-cookie'), 'a=1, b=2');
  assert.equal(response.headers.get('absent'), null);
  const names = [...response.headers].map(([name]) => name);
  assert.deepEqual(names, [...names].sort());
  assert.ok(names.includes('x-github-request-id'));
  assert.deepEqual(await response.json(), { ok: 'é' });
});

test('sends the method, headers and body as given, with no transform of its own', async () => {
  received.length = 0;
  const body = JSON.stringify({ body: 'a comment' });
  const response = await fetch(`${base}/echo`, { method: 'PATCH', body, headers: { 'content-type': 'application/json; charset=utf-8', authorization: 'token t' } });
  assert.equal(response.status, 200);
  assert.equal(received[0]!.method, 'PATCH');
  assert.equal(received[0]!.body, body);
  assert.equal(received[0]!.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(received[0]!.headers['authorization'], 'token t');
});

test('an error status resolves (Octokit decides it is an error) with its body', async () => {
  const response = await fetch(`${base}/missing`);
  assert.equal(response.status, 404);
  assert.equal(response.ok, false);
  assert.deepEqual(await response.json(), { message: 'Not Found' });
  const empty = await fetch(`${base}/empty`);
  assert.equal(empty.status, 204);
  assert.equal(await empty.text(), '');
});

test('follows redirects and reports the final URL; redirect: manual does not follow', async () => {
  const followed = await fetch(`${base}/redirect`);
  assert.equal(followed.status, 200);
  assert.equal(followed.url, `${base}/json`);
  const manual = await fetch(`${base}/redirect`, { redirect: 'manual' });
  assert.equal(manual.status, 302);
});

test('a gzip body is decoded; a binary body comes back byte for byte', async () => {
  assert.equal(await (await fetch(`${base}/gzip`)).text(), 'unzipped text');
  const bytes = new Uint8Array(await (await fetch(`${base}/binary`)).arrayBuffer());
  assert.deepEqual([...bytes], [0, 1, 2, 255]);
});

test("a timed-out request rejects with the signal's reason, as fetch does", async () => {
  await assert.rejects(fetch(`${base}/hang`, { signal: AbortSignal.timeout(50) }), (error: Error) => error.name === 'TimeoutError');
});

test('an unreachable server is a TypeError whose cause says why', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  await assert.rejects(fetch(`http://127.0.0.1:${port}/`), (error: Error) => {
    assert.ok(error instanceof TypeError);
    assert.match(String((error.cause as Error).message), /ECONNREFUSED/);
    return true;
  });
});

test("what is set on axios's shared default instance (the Ory client's) later does not reach GitHub requests", async () => {
  received.length = 0;
  const githubFetch = fetchOverAxios();
  axios.defaults.headers.common['x-shared-default'] = 'leaked';
  const interceptor = axios.interceptors.request.use((config) => {
    config.headers.set('x-shared-interceptor', 'leaked');
    return config;
  });
  try {
    await githubFetch(`${base}/echo`);
  } finally {
    delete axios.defaults.headers.common['x-shared-default'];
    axios.interceptors.request.eject(interceptor);
  }
  assert.equal(received[0]!.headers['x-shared-default'], undefined);
  assert.equal(received[0]!.headers['x-shared-interceptor'], undefined);
});
