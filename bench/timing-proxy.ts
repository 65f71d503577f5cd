/**
 * A loopback HTTP proxy in front of the Ory emulator that notes when each request arrives and
 * when its answer has gone out, on the benchmark's own clock (`performance.now()`), because the
 * emulator's request log has no timestamps. It forwards bytes untouched and logs no content
 * (requests carry the workspace key and webhook secrets).
 */
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TimedRequest {
  readonly method: string;
  /** path only; no query, headers or body */
  readonly path: string;
  /** `performance.now()` when the request reached the proxy */
  readonly arrivedAt: number;
  /** `performance.now()` when the proxied answer was fully sent; undefined while in flight */
  finishedAt?: number;
  status?: number;
}

export interface TimingProxy {
  readonly url: string;
  /** requests since the last `reset()`, in arrival order */
  readonly requests: readonly TimedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export async function startTimingProxy(targetUrl: string, clock: () => number = () => performance.now()): Promise<TimingProxy> {
  const target = new URL(targetUrl);
  const agent = new Agent({ keepAlive: true });
  let requests: TimedRequest[] = [];

  const server = createServer((req, res) => {
    const entry: TimedRequest = { method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]!, arrivedAt: clock() };
    requests.push(entry);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (answer) => {
        entry.status = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        res.on('finish', () => (entry.finishedAt = clock()));
      },
    );
    upstream.on('error', () => {
      // the emulator dropped the connection (an injected fault): do the same to the client
      entry.status = 0;
      entry.finishedAt = clock();
      req.socket.destroy();
    });
    req.pipe(upstream);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    reset: () => {
      requests = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** From `startedAt` to the first request, and from the first arrival to the last answer (the Ory phase). */
export function requestTimings(requests: readonly TimedRequest[], startedAt: number): { firstOryRequestMs?: number; orySpanMs?: number } {
  if (requests.length === 0) return {};
  const first = Math.min(...requests.map((r) => r.arrivedAt));
  const finished = requests.map((r) => r.finishedAt).filter((t): t is number => t !== undefined);
  return {
    firstOryRequestMs: first - startedAt,
    ...(finished.length > 0 ? { orySpanMs: Math.max(...finished) - first } : {}),
  };
}
