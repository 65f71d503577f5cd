/**
 * The sample `ctx` a webhook body is evaluated against at plan time (NOTES: "Jsonnet `ctx`"),
 * with identity traits generated from the project's default identity schema where it can be read.
 */
import type { Flow, Timing } from '../model/hook-list.ts';
import { isRecord, valueAt } from '../ory-config/pointer.ts';

const SAMPLE_ID = '9f425a8d-7efc-4768-8f23-7647a74fdf13';
const SAMPLE_TIME = '2026-01-01T12:00:00Z';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value of a JSON schema's shape, good enough to make a template's field accesses meaningful. */
function sampleOf(schema: unknown, name: string, depth = 0): Json {
  if (!isRecord(schema) || depth > 6) return `sample ${name}`;
  if ('const' in schema) return schema.const as Json;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as Json;
  if ('default' in schema) return schema.default as Json;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0] as Json;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, Json> = {};
      const props = isRecord(schema.properties) ? schema.properties : {};
      for (const [key, child] of Object.entries(props)) out[key] = sampleOf(child, key, depth + 1);
      return out;
    }
    case 'array':
      return [sampleOf(schema.items, name, depth + 1)];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
    default:
      if (schema.format === 'email' || /e-?mail/i.test(name)) return 'jane.doe@example.com';
      if (schema.format === 'tel' || /phone/i.test(name)) return '+15555550100';
      if (schema.format === 'date-time') return SAMPLE_TIME;
      if (schema.format === 'date') return '1990-01-01';
      if (schema.format === 'uri') return 'https://example.com';
      if (/^first|given/i.test(name)) return 'Jane';
      if (/^last|family|surname/i.test(name)) return 'Doe';
      if (/user/i.test(name)) return 'jane.doe';
      if (/name/i.test(name)) return 'Jane Doe';
      return `sample ${name}`;
  }
}

const GENERIC_TRAITS: Json = { email: 'jane.doe@example.com', name: { first: 'Jane', last: 'Doe' } };

function decodeSchemaUrl(url: unknown): unknown {
  if (typeof url !== 'string' || !url.startsWith('base64://')) return undefined;
  try {
    return JSON.parse(Buffer.from(url.slice('base64://'.length), 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Traits from the project's default identity schema, or a generic identity when it cannot be read. */
export function sampleTraits(identityConfig: unknown): { traits: Json; schemaId: string; fromSchema: boolean } {
  const schemas = valueAt(identityConfig, ['identity', 'schemas']);
  const defaultId = valueAt(identityConfig, ['identity', 'default_schema_id']);
  if (Array.isArray(schemas)) {
    const chosen = schemas.find((s) => isRecord(s) && s.id === defaultId) ?? (schemas.length === 1 ? schemas[0] : undefined);
    const schema = isRecord(chosen) ? decodeSchemaUrl(chosen.url) : undefined;
    const traits = valueAt(schema, ['properties', 'traits']);
    if (traits !== undefined) return { traits: sampleOf(traits, 'traits'), schemaId: String((chosen as Record<string, unknown>).id), fromSchema: true };
  }
  return { traits: GENERIC_TRAITS, schemaId: 'default', fromSchema: false };
}

/** The first string trait that looks like an email address: Kratos makes it a verifiable and recovery address. */
function emailTrait(traits: Json): string | undefined {
  if (typeof traits === 'string') return /^[^@\s]+@[^@\s]+$/.test(traits) ? traits : undefined;
  if (traits === null || typeof traits !== 'object') return undefined;
  for (const value of Array.isArray(traits) ? traits : Object.values(traits)) {
    const found = emailTrait(value);
    if (found) return found;
  }
  return undefined;
}

/** An identity as Kratos encodes it: empty `omitempty` fields (addresses, organization_id, credentials) left out. */
function identity(traits: Json, schemaId: string): Json {
  const email = emailTrait(traits);
  return {
    id: SAMPLE_ID,
    schema_id: schemaId,
    schema_url: `https://example.projects.oryapis.com/schemas/${Buffer.from(schemaId).toString('base64url')}`,
    state: 'active',
    state_changed_at: SAMPLE_TIME,
    traits,
    ...(email
      ? {
          verifiable_addresses: [
            { id: 'b6b7c2b4-1f7e-4d5e-9a3c-2d1e0f9a8b7c', value: email, verified: false, via: 'email', status: 'sent', created_at: SAMPLE_TIME, updated_at: SAMPLE_TIME },
          ],
          recovery_addresses: [{ id: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f', value: email, via: 'email', created_at: SAMPLE_TIME, updated_at: SAMPLE_TIME }],
        }
      : {}),
    metadata_public: null,
    created_at: SAMPLE_TIME,
    updated_at: SAMPLE_TIME,
  };
}

function session(id: Json): Json {
  return {
    id: 'c4a1f0ce-5c3b-4b8f-9a51-0b6a8e6f2f01',
    active: true,
    expires_at: '2026-01-02T12:00:00Z',
    authenticated_at: SAMPLE_TIME,
    authenticator_assurance_level: 'aal1',
    authentication_methods: [{ method: 'password', aal: 'aal1', completed_at: SAMPLE_TIME }],
    issued_at: SAMPLE_TIME,
    identity: id,
    devices: [{ id: '5f0c2a3e-8d4b-4c1a-9e7f-6b5a4d3c2b1a', ip_address: '203.0.113.7', user_agent: SAMPLE_USER_AGENT, location: 'Berlin, DE' }],
  };
}

const SAMPLE_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/**
 * The request headers a body sees: Kratos keeps only those of its allowlist (`RemoveDisallowedHeaders`
 * with the default `clients.web_hook.header_allowlist`; NOTES), by canonical name.
 */
export const WEBHOOK_HEADER_ALLOWLIST: readonly string[] = [
  'Accept', 'Accept-Encoding', 'Accept-Language', 'Content-Length', 'Content-Type', 'Origin', 'Priority', 'Referer',
  'Sec-Ch-Ua', 'Sec-Ch-Ua-Mobile', 'Sec-Ch-Ua-Platform', 'Sec-Fetch-Dest', 'Sec-Fetch-Mode', 'Sec-Fetch-Site', 'Sec-Fetch-User',
  'True-Client-Ip', 'User-Agent',
];
const ALLOWED_HEADERS = new Set(WEBHOOK_HEADER_ALLOWLIST);

/** Go's `textproto.CanonicalMIMEHeaderKey`: `x-forwarded-for` is `X-Forwarded-For`. */
const canonicalHeader = (name: string): string => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/** Request headers as the body receives them: canonical names, the allowlist only. */
export function filterRequestHeaders(headers: unknown): unknown {
  if (!isRecord(headers)) return headers;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    const canonical = canonicalHeader(name);
    if (ALLOWED_HEADERS.has(canonical)) kept[canonical] = value;
  }
  return kept;
}

/** A browser's request, after the allowlist: what a sample body sees. */
function requestHeaders(origin: string, flowUrl: string): Json {
  return {
    Accept: ['application/json'],
    'Accept-Encoding': ['gzip, deflate, br'],
    'Accept-Language': ['en-US,en;q=0.9'],
    'Content-Length': ['128'],
    'Content-Type': ['application/json'],
    Origin: [origin],
    Referer: [flowUrl],
    'Sec-Fetch-Dest': ['empty'],
    'Sec-Fetch-Mode': ['cors'],
    'Sec-Fetch-Site': ['same-origin'],
    'User-Agent': [SAMPLE_USER_AGENT],
  };
}

const FLOW_ID = '2b1c5a5e-3f1e-4a44-9b4c-8e1f0d1c2b3a';
const ORIGIN = 'https://example.projects.oryapis.com';

/**
 * The flow object of each flow, with the fields Kratos encodes for it (`selfservice/flow/*\/flow.go`):
 * only login has created_at, updated_at, refresh and requested_aal; settings carries the identity;
 * empty `omitempty` fields (transient_payload when the client sent none, return_to, organization_id) are left out.
 */
function flowObject(flow: Flow, timing: Timing, id: Json): Json {
  const base: Record<string, Json> = {
    id: FLOW_ID,
    type: 'browser',
    expires_at: '2026-01-01T12:30:00Z',
    issued_at: SAMPLE_TIME,
    request_url: `${ORIGIN}/self-service/${flow}/browser`,
    ui: { action: `${ORIGIN}/self-service/${flow}?flow=${FLOW_ID}`, method: 'POST', nodes: [] },
  };
  switch (flow) {
    case 'login':
      return { ...base, ...(timing === 'after' ? { active: 'password' } : {}), created_at: SAMPLE_TIME, updated_at: SAMPLE_TIME, refresh: false, requested_aal: 'aal1', state: timing === 'after' ? 'passed_challenge' : 'choose_method' };
    case 'registration':
      return { ...base, ...(timing === 'after' ? { active: 'password' } : {}), state: timing === 'after' ? 'passed_challenge' : 'choose_method' };
    case 'settings':
      return { ...base, ...(timing === 'after' ? { active: 'password' } : {}), identity: id, state: timing === 'after' ? 'success' : 'show_form' };
    default:
      return { ...base, ...(timing === 'after' ? { active: 'code' } : {}), state: timing === 'after' ? 'passed_challenge' : 'choose_method' };
  }
}

/** `ctx` for a flow and timing: always the request fields; identity and session where Ory sends them. */
export function sampleContext(flow: Flow, timing: Timing, identityConfig: unknown): Record<string, Json> {
  const { traits, schemaId } = sampleTraits(identityConfig);
  const id = identity(traits, schemaId);
  const flowUrl = `${ORIGIN}/self-service/${flow}?flow=${FLOW_ID}`;
  const ctx: Record<string, Json> = {
    flow: flowObject(flow, timing, id),
    request_headers: requestHeaders(ORIGIN, flowUrl),
    request_method: 'POST',
    request_url: flowUrl,
    request_cookies: { csrf_token_806060ca5bf70dff3caa0e5c860002aade9d470a5a4dce73bcfa7ba10778f481: 'sample-csrf-token' },
  };
  if (timing === 'after') {
    if (flow === 'login') Object.assign(ctx, { identity: id, session: session(id) });
    else if (flow === 'settings') Object.assign(ctx, { identity: id, session: session(id) });
    else ctx.identity = id;
  } else if (flow === 'settings') {
    ctx.session = session(id);
  }
  return ctx;
}

/** `sample_ctx` from the manifest merged over the generated one: objects merge, anything else replaces. */
export function mergeContext(base: unknown, over: unknown): unknown {
  const merged = mergeValues(base, over);
  // headers given in sample_ctx pass Kratos's allowlist too: a body never sees X-Forwarded-For in Ory
  if (isRecord(merged) && isRecord(over) && 'request_headers' in over) return { ...merged, request_headers: filterRequestHeaders(merged.request_headers) };
  return merged;
}

function mergeValues(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeValues(base[key], value);
  return merged;
}
