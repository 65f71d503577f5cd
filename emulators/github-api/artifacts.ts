/**
 * A fake of GitHub's artifact service (the "v4" backend that `@actions/artifact` 2+ talks to) and of the
 * Azure Blob storage its signed upload URLs point at, on one node:http server on loopback.
 *
 * - Twirp JSON: `POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact` and
 *   `.../FinalizeArtifact`, authorised by `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, whose JWT `scp`
 *   claim carries `Actions.Results:<run backend id>:<job backend id>` (the request must name the same ids).
 *   A name already used on the run answers 409 `already_exists`, as the service does.
 * - Blob: `PUT <signed url>&comp=block&blockid=…` stages a block, `PUT …&comp=blocklist` (an XML
 *   `<BlockList>` of `<Latest>` ids) commits them; a plain `PUT` with `x-ms-blob-type: BlockBlob` uploads
 *   the whole blob at once. The `sig` of the URL is checked; a wrong or missing one answers 403.
 * - Artifacts are kept in `artifacts` with their zip bytes; `faults` makes the next Twirp call fail.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeArtifact {
  readonly id: number;
  readonly name: string;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  /** the request's expires_at (RFC 3339), when retention days were asked for */
  readonly expiresAt?: string;
  /** the upload, once committed */
  zip?: Buffer;
  finalized: boolean;
  /** what FinalizeArtifact reported */
  size?: number;
  hash?: string;
}

export interface TwirpFault {
  readonly method: 'CreateArtifact' | 'FinalizeArtifact';
  readonly status: number;
  readonly code: string;
  readonly msg: string;
}

export interface FakeArtifactService {
  readonly url: string;
  /** a runtime token (an unsigned JWT, as the library only decodes it) for `ACTIONS_RUNTIME_TOKEN` */
  readonly runtimeToken: string;
  readonly artifacts: FakeArtifact[];
  /** Twirp calls as `METHOD path`, and blob calls as `PUT blob <comp>` */
  readonly requests: string[];
  readonly faults: TwirpFault[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startFakeArtifactService(options: { runBackendId?: string; jobBackendId?: string } = {}): Promise<FakeArtifactService> {
  const runBackendId = options.runBackendId ?? 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
  const jobBackendId = options.jobBackendId ?? 'ca395085-040a-526b-2ce8-bdc85f692774';
  const runtimeToken = [
    base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' })),
    base64url(JSON.stringify({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 })),
    base64url('not-checked-signature'),
  ].join('.');
  const artifacts: FakeArtifact[] = [];
  const requests: string[] = [];
  const faults: TwirpFault[] = [];
  /** blob path -> its signature and staged blocks */
  const blobs = new Map<string, { sig: string; artifact: FakeArtifact; blocks: Map<string, Buffer> }>();
  let url = '';

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
  };
  const azureError = (res: ServerResponse, status: number, code: string, message: string): void => {
    res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code }).end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  };
  const blobHeaders = { 'x-ms-request-id': '00000000-0000-0000-0000-000000000000', 'x-ms-version': '2025-01-05', etag: '"0x8DC0000000000"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };

  const twirp = async (req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
    if (req.headers.authorization !== `Bearer ${runtimeToken}`) return twirpError(res, 401, 'unauthenticated', 'invalid or missing runtime token');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return twirpError(res, 415, 'bad_route', 'only JSON Twirp requests are served');
    const fault = faults.findIndex((f) => f.method === method);
    if (fault !== -1) {
      const [f] = faults.splice(fault, 1);
      return twirpError(res, f!.status, f!.code, f!.msg);
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(res, 400, 'malformed', 'the body is not JSON');
    }
    if (body.workflow_run_backend_id !== runBackendId || body.workflow_job_run_backend_id !== jobBackendId) {
      return twirpError(res, 403, 'permission_denied', 'the backend ids do not match the runtime token');
    }
    const name = typeof body.name === 'string' ? body.name : '';
    if (method === 'CreateArtifact') {
      if (!name) return twirpError(res, 400, 'invalid_argument', 'name is required');
      if (body.version !== 7 && body.version !== 4) return twirpError(res, 400, 'invalid_argument', `unsupported artifact version ${String(body.version)}`);
      if (artifacts.some((a) => a.name === name)) return twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
      const artifact: FakeArtifact = { id: 1000 + artifacts.length + 1, name, runBackendId, jobBackendId, finalized: false, ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}) };
      artifacts.push(artifact);
      const sig = randomBytes(12).toString('hex');
      const path = `/devstoreaccount1/actions-results/${runBackendId}/${jobBackendId}/${encodeURIComponent(name)}.zip`;
      blobs.set(path, { sig, artifact, blocks: new Map() });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, signed_upload_url: `${url}${path}?sv=2025-01-05&sr=b&sp=cw&sig=${sig}` }));
      return;
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.name === name);
      if (!artifact) return twirpError(res, 404, 'not_found', 'no artifact with this name was created on the workflow run');
      if (!artifact.zip) return twirpError(res, 400, 'failed_precondition', 'the artifact has no uploaded content');
      artifact.finalized = true;
      artifact.size = Number(body.size ?? 0);
      if (typeof body.hash === 'string') artifact.hash = body.hash;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, artifact_id: String(artifact.id) }));
      return;
    }
    return twirpError(res, 404, 'bad_route', `no method ${method}`);
  };

  const blob = async (req: IncomingMessage, res: ServerResponse, target: URL): Promise<void> => {
    const entry = blobs.get(target.pathname);
    if (!entry) return azureError(res, 404, 'ResourceNotFound', 'The specified resource does not exist.');
    if (target.searchParams.get('sig') !== entry.sig) return azureError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    if (req.method !== 'PUT') return azureError(res, 405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.');
    const body = await readBody(req);
    const comp = target.searchParams.get('comp');
    requests.push(`PUT blob ${comp ?? 'blob'}`);
    if (comp === 'block') {
      const id = target.searchParams.get('blockid');
      if (!id) return azureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      entry.blocks.set(id, body);
      res.writeHead(201, blobHeaders).end();
      return;
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const missing = ids.filter((id) => !entry.blocks.has(id));
      if (missing.length > 0) return azureError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
      entry.artifact.zip = Buffer.concat(ids.map((id) => entry.blocks.get(id)!));
      res.writeHead(201, blobHeaders).end();
      return;
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.artifact.zip = body;
      res.writeHead(201, blobHeaders).end();
      return;
    }
    return azureError(res, 400, 'InvalidQueryParameterValue', `unsupported comp ${comp ?? '(none)'}`);
  };

  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const work = target.pathname.startsWith(SERVICE)
      ? (requests.push(`${req.method} ${target.pathname}`), req.method === 'POST' ? twirp(req, res, target.pathname.slice(SERVICE.length)) : Promise.resolve(twirpError(res, 405, 'bad_route', 'POST only')))
      : blob(req, res, target);
    work.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    runtimeToken,
    artifacts,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
