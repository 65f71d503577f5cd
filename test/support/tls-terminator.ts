/**
 * HTTPS in front of a local HTTP server, with a certificate made for the test by openssl: what a
 * real Ory or GitHub address looks like to the bundle. The child trusts it through
 * NODE_EXTRA_CA_CERTS, as a runner behind a corporate proxy trusts its own CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  /** PEM file to hand to NODE_EXTRA_CA_CERTS */
  readonly certFile: string;
  readonly cert: string;
  readonly key: string;
  remove(): void;
}

/** A self-signed certificate for `names`, valid for two days. */
export function makeCertificate(names: readonly string[]): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'test-cert-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', keyFile, '-out', certFile,
    '-subj', `/CN=${names[0]}`,
    '-addext', `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`,
  ], { stdio: 'ignore' });
  return { certFile, cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TlsTerminator {
  /** 127.0.0.1:port */
  readonly address: string;
  close(): Promise<void>;
}

/** Serves HTTPS with `certificate` and passes every request on to the HTTP server at `upstream` (a URL). */
export async function startTlsTerminator(certificate: TestCertificate, upstream: string): Promise<TlsTerminator> {
  const target = new URL(upstream);
  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (incoming, answer) => {
    const forwarded = request(
      { hostname: target.hostname, port: Number(target.port), method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      },
    );
    forwarded.on('error', () => answer.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
