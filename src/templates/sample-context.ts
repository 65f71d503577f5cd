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

function identity(traits: Json, schemaId: string): Json {
  return {
    id: SAMPLE_ID,
    schema_id: schemaId,
    schema_url: `https://example.projects.oryapis.com/schemas/${Buffer.from(schemaId).toString('base64url')}`,
    state: 'active',
    state_changed_at: SAMPLE_TIME,
    traits,
    verifiable_addresses: [],
    recovery_addresses: [],
    metadata_public: null,
    created_at: SAMPLE_TIME,
    updated_at: SAMPLE_TIME,
    organization_id: null,
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
  };
}

/** `ctx` for a flow and timing: always the request fields; identity and session where Ory sends them. */
export function sampleContext(flow: Flow, timing: Timing, identityConfig: unknown): Record<string, Json> {
  const ctx: Record<string, Json> = {
    flow: {
      id: '2b1c5a5e-3f1e-4a44-9b4c-8e1f0d1c2b3a',
      type: 'browser',
      expires_at: '2026-01-01T12:30:00Z',
      issued_at: SAMPLE_TIME,
      created_at: SAMPLE_TIME,
      updated_at: SAMPLE_TIME,
      request_url: `https://example.projects.oryapis.com/self-service/${flow}/browser`,
      ui: { action: `https://example.projects.oryapis.com/self-service/${flow}`, method: 'POST', nodes: [] },
      transient_payload: {},
    },
    request_headers: { Accept: ['application/json'], 'User-Agent': ['Mozilla/5.0'], 'X-Forwarded-For': ['203.0.113.7'] },
    request_method: 'POST',
    request_url: `https://example.projects.oryapis.com/self-service/${flow}`,
    request_cookies: { ory_session: 'sample-cookie' },
  };
  const { traits, schemaId } = sampleTraits(identityConfig);
  const id = identity(traits, schemaId);
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
  if (!isRecord(base) || !isRecord(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeContext(base[key], value);
  return merged;
}
