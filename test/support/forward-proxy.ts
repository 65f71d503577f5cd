/**
 * A forward HTTP proxy on loopback, as corporate networks and self-hosted runners have: it serves
 * absolute-URI requests (plain HTTP through a proxy) and CONNECT tunnels. Host names are mapped to
 * local servers, so a name that resolves nowhere else is reachable only through the proxy.
 */
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  readonly kind: 'forward' | 'connect';
  /** host:port as the client asked for it */
  readonly target: string;
  readonly method: string;
}

export interface ForwardProxy {
  readonly url: string;
  readonly seen: ProxiedRequest[];
  close(): Promise<void>;
}

/** `hosts`: "name:port" the client asks for → local "127.0.0.1:port". Unknown hosts get 502. */
export async function startForwardProxy(hosts: Readonly<Record<string, string>>): Promise<ForwardProxy> {
  const seen: ProxiedRequest[] = [];
  const server: Server = createServer((incoming, answer) => {
    const url = new URL(incoming.url ?? '');
    const target = hosts[url.host];
    seen.push({ kind: 'forward', target: url.host, method: incoming.method ?? '' });
    if (!target) {
      answer.writeHead(502).end(`unknown host ${url.host}`);
      return;
    }
    const [hostname, port] = target.split(':');
    const upstream = request(
      { hostname, port: Number(port), method: incoming.method, path: url.pathname + url.search, headers: { ...incoming.headers, host: url.host } },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      },
    );
    upstream.on('error', () => answer.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // A tunnel's sockets leave the server's own bookkeeping: close() ends them itself.
  const tunnels = new Set<{ destroy(): void }>();
  server.on('connect', (incoming, socket, head) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const asked = incoming.url ?? '';
    seen.push({ kind: 'connect', target: asked, method: 'CONNECT' });
    const target = hosts[asked];
    if (!target) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const [hostname, port] = target.split(':');
    const upstream = connect(Number(port), hostname!, () => {
      tunnels.add(upstream);
      upstream.on('close', () => tunnels.delete(upstream));
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
