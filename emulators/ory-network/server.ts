/**
 * The HTTP side of the emulator: routes of Ory Network's project API as `@ory/client`'s
 * ProjectApi calls them, auth, rate limit, injected faults and the request log.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OryHttpError } from './errors.ts';
import {
  createProject,
  editIdentityConfig,
  patchProject,
  projectAsRead,
  setProject,
} from './project.ts';
import type { BodyStorage, EmulatedProject, PatchRules, SecretDisplay, WriteResult, WriteRules } from './project.ts';
import { flowsValidator } from './validation.ts';

export interface ProjectSeed {
  id?: string;
  name?: string;
  /** the identity config (`services.identity.config`); default: the sample identity config */
  config?: unknown;
}

export interface OryEmulatorOptions {
  /** default 0 (a free port) */
  port?: number;
  /** a loopback address; default 127.0.0.1 */
  host?: string;
  /** accepted workspace API keys; default ['ory_wak_emulator'] */
  workspaceKeys?: string[];
  /** projects to create at start; none by default (add them with `addProject`) */
  projects?: ProjectSeed[];
  /** how `base64://` webhook bodies are stored and read back; default 'base64' (as sent) */
  storeBodiesAs?: BodyStorage;
  /** how reads show webhook auth secrets; default 'clear' */
  secrets?: SecretDisplay;
  /**
   * `ory` (default): patches are applied as Ory's own applier does (add/remove/replace only, `test`,
   * `move` and `copy` refused with 400). `rfc6902`: strict RFC 6902, every operation.
   */
  patchRules?: PatchRules;
  /** rfc6902 only: reject a patch whose `test` operation fails (default true); false ignores `test` operations */
  enforceTest?: boolean;
  /** answer a warning for each thing a write drops (default true); false drops in silence */
  warnOnDrop?: boolean;
  /**
   * at most `requests` API requests per `perMs`; every answer then carries `x-ratelimit-limit`,
   * `-remaining` and `-reset` (seconds), and beyond the limit 429
   */
  rateLimit?: { requests: number; perMs: number };
  /**
   * how a 429 looks: `ory` (default) as Ory's provider team saw it: an empty body, the
   * `x-ratelimit-*` headers and no `Retry-After`; `retry-after`: an Ory error body and `Retry-After`
   */
  rateLimitStyle?: RateLimitStyle;
  /**
   * reads lag behind writes (docs/ory-facts.md): after each write to a project, its next `lagReads`
   * reads still show it as it was before that write. Default 0.
   */
  lagReads?: number;
  /** delay before every answer, for benchmarks */
  latencyMs?: number;
  /** default: vendor/ory/sample-identity-config.json */
  sampleConfigPath?: string;
  /** default: vendor/ory/kratos-config.schema.json */
  schemaPath?: string;
}

export interface FaultSpec {
  /** which requests: GET, PATCH, or any API request (default 'any') */
  match?: 'get' | 'patch' | 'any';
  /** only requests for this project */
  projectId?: string;
  /** answer this status with an Ory error body */
  status?: number;
  /** with `status`: send `Retry-After` (or, with `oryRateLimit`, `x-ratelimit-reset`) */
  retryAfterSeconds?: number;
  /** with `status: 429`: answer Ory's way: empty body, `x-ratelimit-*` headers, no `Retry-After` */
  oryRateLimit?: boolean;
  /** wait this long first; alone, the request is then handled normally */
  delayMs?: number;
  /** destroy the connection without answering */
  drop?: boolean;
  /** handle the request normally (a write is stored) and only then fail with `status` or `drop`: a lost answer */
  afterApply?: boolean;
  /** how many matching requests it hits; default 1 */
  times?: number;
}

export type RateLimitStyle = 'ory' | 'retry-after';

export type RouteName =
  | 'GET /projects/{id}'
  | 'PATCH /projects/{id}/revision/{rev}'
  | 'PATCH /projects/{id}'
  | 'PUT /projects/{id}'
  | (string & {});

export interface RecordedRequest {
  method: string;
  route: RouteName;
  projectId?: string;
  /** the HTTP status answered; 0 when the connection was dropped */
  status: number;
  /** the revision a PATCH was made against */
  revisionId?: string;
  /** the JSON Patch or SetProject body as sent (may hold secrets: for assertions only, never print it) */
  body?: unknown;
  /** set when an injected fault decided the answer */
  fault?: boolean;
}

export interface OryEmulator {
  /** `http://127.0.0.1:PORT`: the `basePath` for `@ory/client` */
  readonly url: string;
  /** every API request in arrival order of answers (live array) */
  readonly requests: readonly RecordedRequest[];
  /** successful API writes that changed a config */
  readonly writes: number;
  countByRoute(): Record<string, number>;
  resetRequests(): void;
  /** a deep copy of the stored project, secrets in clear; throws for an unknown id */
  project(id: string): EmulatedProject;
  projectIds(): string[];
  /** a console edit of the identity config (not validated): bumps the revision, returns the new one */
  editConfig(id: string, mutate: (config: Record<string, unknown>) => void): string;
  addProject(seed?: ProjectSeed): string;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** applies a console edit right before the next PATCH for this project is handled, so that PATCH meets a new revision */
  /**
   * `keepRevision`: the edit keeps the revision id, as if Ory missed a concurrent write: the revision
   * cannot guard against it, only the check of the returned project (or, in rfc6902 mode, `test`).
   */
  concurrentEditBeforeNextPatch(projectId: string, mutate: (config: Record<string, unknown>) => void, options?: { keepRevision?: boolean }): void;
  /** the next write to this project (an API write or a console edit) is followed by `reads` reads that still show the project before it */
  lagReadsAfterNextWrite(projectId: string, reads: number): void;
  close(): Promise<void>;
}

const DEFAULT_WORKSPACE_KEY = 'ory_wak_emulator';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Not an Ory route: request counts for benchmarks and the CLI, no auth, not logged. */
export const INTROSPECTION_PATH = '/__emulator/requests';

function vendoredOryFile(name: string): string {
  // emulators/ory-network/ -> project root -> vendor/ory (origin and licence: vendor/README.md)
  return fileURLToPath(new URL(`../../vendor/ory/${name}`, import.meta.url));
}

export function defaultSampleConfigPath(): string {
  return vendoredOryFile('sample-identity-config.json');
}

export function defaultSchemaPath(): string {
  return vendoredOryFile('kratos-config.schema.json');
}

/** The identity config of a fresh Ory Network project (a new copy on every call). */
export function sampleIdentityConfig(path: string = defaultSampleConfigPath()): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Route {
  name: RouteName;
  projectId?: string;
  revisionId?: string;
  kind: 'get' | 'patch' | 'put' | 'unknown';
}

function matchRoute(method: string, pathname: string): Route {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments[0] === 'projects' && segments.length === 2) {
    const projectId = segments[1];
    if (method === 'GET') return { name: 'GET /projects/{id}', projectId, kind: 'get' };
    if (method === 'PATCH') return { name: 'PATCH /projects/{id}', projectId, kind: 'patch' };
    if (method === 'PUT') return { name: 'PUT /projects/{id}', projectId, kind: 'put' };
  }
  if (segments[0] === 'projects' && segments.length === 4 && segments[2] === 'revision' && method === 'PATCH') {
    return { name: 'PATCH /projects/{id}/revision/{rev}', projectId: segments[1], revisionId: segments[3], kind: 'patch' };
  }
  return { name: `${method} ${pathname}`, kind: 'unknown' };
}

function faultMatches(fault: FaultSpec, method: string, route: Route): boolean {
  const match = fault.match ?? 'any';
  if (match === 'get' && method !== 'GET') return false;
  if (match === 'patch' && method !== 'PATCH') return false;
  return fault.projectId === undefined || fault.projectId === route.projectId;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new OryHttpError(413, 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new OryHttpError(400, 'The request body is not valid JSON.');
  }
}

export async function startOryEmulator(options: OryEmulatorOptions = {}): Promise<OryEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`the Ory emulator listens on loopback only, not on ${host}`);
  const workspaceKeys = new Set(options.workspaceKeys ?? [DEFAULT_WORKSPACE_KEY]);
  const secrets: SecretDisplay = options.secrets ?? 'clear';
  const latencyMs = options.latencyMs ?? 0;
  const sampleConfigPath = options.sampleConfigPath ?? defaultSampleConfigPath();
  const rules: WriteRules = {
    validator: flowsValidator(options.schemaPath ?? defaultSchemaPath()),
    storeBodiesAs: options.storeBodiesAs ?? 'base64',
    patchRules: options.patchRules ?? 'ory',
    enforceTest: options.enforceTest ?? true,
    warnOnDrop: options.warnOnDrop ?? true,
  };

  const projects = new Map<string, EmulatedProject>();
  const requests: RecordedRequest[] = [];
  const faults: Array<FaultSpec & { remaining: number }> = [];
  const pendingEdits: Array<{ projectId: string; mutate: (config: Record<string, unknown>) => void; keepRevision?: boolean }> = [];
  const acceptedAt: number[] = [];
  let writes = 0;
  const rateLimitStyle: RateLimitStyle = options.rateLimitStyle ?? 'ory';
  /** per project: what a lagging read still shows, and for how many more reads */
  const lagging = new Map<string, { shown: EmulatedProject; reads: number }>();
  const armedLags = new Map<string, number>();

  /** Stores a project after a write; a lag (option or armed) keeps showing the state before it. */
  const storeWrite = (id: string, before: EmulatedProject | undefined, after: EmulatedProject) => {
    projects.set(id, after);
    if (!before || before.revision_id === after.revision_id) return;
    const reads = armedLags.get(id) ?? options.lagReads ?? 0;
    armedLags.delete(id);
    if (reads <= 0) return;
    // a cache that already serves an older state keeps serving it
    const current = lagging.get(id);
    lagging.set(id, { shown: current && current.reads > 0 ? current.shown : before, reads });
  };
  const readProject = (id: string): EmulatedProject => {
    const lag = lagging.get(id);
    if (lag && lag.reads > 0) {
      lag.reads -= 1;
      return lag.shown;
    }
    return storedProject(id);
  };

  const addProject = (seed: ProjectSeed = {}): string => {
    if (seed.id !== undefined && projects.has(seed.id)) throw new Error(`project ${seed.id} already exists`);
    const identityConfig = seed.config === undefined ? sampleIdentityConfig(sampleConfigPath) : seed.config;
    const project = createProject({ id: seed.id, name: seed.name, identityConfig }, rules);
    projects.set(project.id, project);
    return project.id;
  };
  for (const seed of options.projects ?? []) addProject(seed);

  const storedProject = (id: string): EmulatedProject => {
    const project = projects.get(id);
    if (!project) throw new Error(`the emulator has no project ${id}`);
    return project;
  };

  const editConfig = (id: string, mutate: (config: Record<string, unknown>) => void): string => {
    const before = storedProject(id);
    const result = editIdentityConfig(before, mutate, rules);
    storeWrite(id, before, result.project);
    return result.project.revision_id;
  };

  const rateLimitHeaders = (limit: number, remaining: number, resetSeconds: number): Record<string, string> => ({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, remaining)),
    'x-ratelimit-reset': String(resetSeconds),
  });

  /** A 429 in the configured style. */
  const tooManyRequests = (resetSeconds: number, limit: number, style: RateLimitStyle): OryHttpError =>
    style === 'ory'
      ? new OryHttpError(429, 'rate limit exceeded', { headers: rateLimitHeaders(limit, 0, resetSeconds), emptyBody: true })
      : new OryHttpError(429, 'Too many requests, please slow down.', { headers: { 'Retry-After': String(resetSeconds) } });

  /** The 429 answer when the window is full; otherwise the request is counted in it and its x-ratelimit headers returned. */
  const rateLimited = (): OryHttpError | Record<string, string> => {
    if (!options.rateLimit) return {};
    const { requests: limit, perMs } = options.rateLimit;
    const now = Date.now();
    while (acceptedAt.length > 0 && (acceptedAt[0] ?? 0) <= now - perMs) acceptedAt.shift();
    const resetSeconds = Math.max(1, Math.ceil(((acceptedAt[0] ?? now) + perMs - now) / 1000));
    if (acceptedAt.length >= limit) return tooManyRequests(resetSeconds, limit, rateLimitStyle);
    acceptedAt.push(now);
    return rateLimitHeaders(limit, limit - acceptedAt.length, resetSeconds);
  };

  const authorize = (req: IncomingMessage): void => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new OryHttpError(401, 'The request could not be authorized: no Bearer token was sent.');
    const key = match[1] ?? '';
    if (key.startsWith('ory_pat_')) {
      throw new OryHttpError(403, 'A project API key cannot access the project configuration: use a workspace API key.');
    }
    if (!workspaceKeys.has(key)) throw new OryHttpError(401, 'The request could not be authorized: the API key is not valid.');
  };

  const handle = async (route: Route, req: IncomingMessage, body: unknown): Promise<{ status: number; json: unknown }> => {
    authorize(req);
    if (route.kind === 'unknown' || route.projectId === undefined) {
      throw new OryHttpError(404, `No route ${route.name}.`);
    }
    const projectId = route.projectId;
    if (!projects.has(projectId)) throw new OryHttpError(404, `Project ${projectId} was not found.`);

    if (route.kind === 'get') return { status: 200, json: projectAsRead(readProject(projectId), secrets) };

    if (route.kind === 'patch') {
      const editIndex = pendingEdits.findIndex((edit) => edit.projectId === projectId);
      if (editIndex >= 0) {
        const [edit] = pendingEdits.splice(editIndex, 1);
        if (edit) {
          const revision = storedProject(projectId).revision_id;
          editConfig(projectId, edit.mutate);
          if (edit.keepRevision) storedProject(projectId).revision_id = revision;
        }
      }
    }
    const current = storedProject(projectId);
    if (route.revisionId !== undefined && route.revisionId !== current.revision_id) {
      throw new OryHttpError(
        409,
        `The revision ${route.revisionId} is not the current revision of project ${projectId}: read the project again and re-apply your changes.`,
      );
    }
    const result: WriteResult = route.kind === 'patch' ? patchProject(current, body, rules) : setProject(current, body, rules);
    storeWrite(projectId, current, result.project);
    if (result.changed) writes += 1;
    return { status: 200, json: { project: projectAsRead(result.project, secrets), warnings: result.warnings } };
  };

  const send = (res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) => {
    if (json === undefined) {
      res.writeHead(status, { 'Content-Length': 0, ...headers });
      res.end();
      return;
    }
    const text = JSON.stringify(json);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };

  const countByRoute = (): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const request of requests) counts[request.route] = (counts[request.route] ?? 0) + 1;
    return counts;
  };

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const pathname = new URL(req.url ?? '/', 'http://emulator.invalid').pathname;
    if (pathname === INTROSPECTION_PATH && method === 'GET') {
      send(res, 200, { counts: countByRoute(), total: requests.length, writes });
      return;
    }
    const route = matchRoute(method, pathname);
    const record: RecordedRequest = { method, route: route.name, status: 0 };
    if (route.projectId !== undefined) record.projectId = route.projectId;
    if (route.revisionId !== undefined) record.revisionId = route.revisionId;

    void (async () => {
      let status = 500;
      let json: unknown;
      let headers: Record<string, string> = {};
      let fault: (FaultSpec & { remaining: number }) | undefined;
      try {
        const text = await readBody(req);
        const body = text.trim() === '' ? undefined : parseJsonBody(text);
        if (body !== undefined && (method === 'PATCH' || method === 'PUT')) record.body = body;
        if (latencyMs > 0) await sleep(latencyMs);

        const faultIndex = faults.findIndex((f) => faultMatches(f, method, route));
        fault = faultIndex >= 0 ? faults[faultIndex] : undefined;
        if (fault) {
          fault.remaining -= 1;
          if (fault.remaining <= 0) faults.splice(faultIndex, 1);
          record.fault = true;
          if (fault.delayMs) await sleep(fault.delayMs);
        }
        const failNow = fault && !fault.afterApply && (fault.drop || fault.status !== undefined);
        if (!failNow) {
          const limited = rateLimited();
          if (limited instanceof OryHttpError) throw limited;
          headers = limited;
          ({ status, json } = await handle(route, req, body));
        }
        if (fault && (fault.drop || fault.status !== undefined)) {
          if (fault.drop) {
            record.status = 0;
            requests.push(record);
            req.socket.destroy();
            return;
          }
          const code = fault.status ?? 500;
          const injected =
            code === 429 && fault.oryRateLimit
              ? tooManyRequests(fault.retryAfterSeconds ?? 1, options.rateLimit?.requests ?? 1, 'ory')
              : new OryHttpError(code, `Injected fault: ${code}.`, {
                  headers: fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {},
                });
          ({ status, json, headers } = { status: code, json: injected.emptyBody ? undefined : injected.body(), headers: { ...injected.headers } });
        }
      } catch (error) {
        const failure = error instanceof OryHttpError ? error : new OryHttpError(500, 'The emulator failed to handle the request.');
        status = failure.code;
        json = failure.emptyBody ? undefined : failure.body();
        headers = { ...headers, ...failure.headers };
      }
      record.status = status;
      requests.push(record);
      send(res, status, json, headers);
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    get requests() {
      return requests;
    },
    get writes() {
      return writes;
    },
    countByRoute,
    resetRequests: () => {
      requests.length = 0;
    },
    project: (id) => structuredClone(storedProject(id)),
    projectIds: () => [...projects.keys()],
    editConfig,
    addProject,
    injectFault: (fault) => {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    lagReadsAfterNextWrite: (projectId, reads) => {
      storedProject(projectId);
      armedLags.set(projectId, reads);
    },
    concurrentEditBeforeNextPatch: (projectId, mutate, editOptions) => {
      storedProject(projectId);
      pendingEdits.push({ projectId, mutate, ...(editOptions?.keepRevision ? { keepRevision: true } : {}) });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
