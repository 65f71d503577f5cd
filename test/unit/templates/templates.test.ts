import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLiveProject } from '../../../src/ory-config/webhook-codec.ts';
import { checkBodySyntax, createBodyPreviewer, previewBody, sampleContext, sampleTraits } from '../../../src/templates/index.ts';
import { action, rawProject, sampleIdentityConfig } from '../../support/model-fixtures.ts';

const SEED_BODY = `function(ctx) {
  email: ctx.identity.traits.email,
  name: ctx.identity.traits.name,
  created_at: ctx.identity.created_at
}`;

test('the seed body renders to email, name and created_at for the registration sample', () => {
  const { preview, warning } = previewBody(action({ name: 'welcome_email', body: SEED_BODY }), undefined, []);
  assert.equal(warning, undefined);
  assert.equal(preview.kind, 'rendered');
  const json = JSON.parse((preview as { json: string }).json);
  assert.deepEqual(Object.keys(json).sort(), ['created_at', 'email', 'name']);
  assert.equal(json.email, 'jane.doe@example.com');
});

test('ctx follows the flow and timing table', () => {
  const keys = (flow: any, timing: any) => Object.keys(sampleContext(flow, timing, undefined)).sort();
  const base = ['flow', 'request_cookies', 'request_headers', 'request_method', 'request_url'];
  assert.deepEqual(keys('login', 'before'), base);
  assert.deepEqual(keys('login', 'after'), [...base, 'identity', 'session'].sort());
  assert.deepEqual(keys('registration', 'after'), [...base, 'identity'].sort());
  assert.deepEqual(keys('recovery', 'after'), [...base, 'identity'].sort());
  assert.deepEqual(keys('settings', 'before'), [...base, 'session'].sort());
  assert.deepEqual(keys('settings', 'after'), [...base, 'identity', 'session'].sort());
  assert.equal('transient_payload' in (sampleContext('registration', 'before', undefined).flow as object), false, 'omitempty: the client sent none');
});

test('the sample ctx follows Kratos: allowlisted headers only, empty fields left out, each flow with its own fields', () => {
  const registration = sampleContext('registration', 'after', undefined) as any;
  assert.deepEqual(Object.keys(registration.request_headers).filter((h) => !['Accept', 'Accept-Encoding', 'Accept-Language', 'Content-Length', 'Content-Type', 'Origin', 'Priority', 'Referer', 'Sec-Ch-Ua', 'Sec-Ch-Ua-Mobile', 'Sec-Ch-Ua-Platform', 'Sec-Fetch-Dest', 'Sec-Fetch-Mode', 'Sec-Fetch-Site', 'Sec-Fetch-User', 'True-Client-Ip', 'User-Agent'].includes(h)), []);
  assert.equal('organization_id' in registration.identity, false);
  assert.equal(registration.identity.verifiable_addresses[0].value, 'jane.doe@example.com', 'an email trait is a verifiable address');
  const noEmail = sampleContext('registration', 'after', (() => {
    const config = sampleIdentityConfig() as any;
    const schema = { properties: { traits: { type: 'object', properties: { username: { type: 'string' } } } } };
    config.identity.schemas = [{ id: 'u', url: 'base64://' + Buffer.from(JSON.stringify(schema)).toString('base64') }];
    config.identity.default_schema_id = 'u';
    return config;
  })()) as any;
  assert.equal('verifiable_addresses' in noEmail.identity, false, 'omitempty: no address, no field');
  assert.equal('recovery_addresses' in noEmail.identity, false);
  const login = sampleContext('login', 'before', undefined).flow as any;
  assert.deepEqual([login.refresh, login.requested_aal, typeof login.created_at], [false, 'aal1', 'string']);
  const reg = registration.flow;
  assert.equal('created_at' in reg || 'refresh' in reg, false, 'registration flows have no created_at or refresh');
  assert.equal((sampleContext('settings', 'after', undefined).flow as any).identity.id, registration.identity.id, 'a settings flow carries the identity');
});

test('sample_ctx headers pass the allowlist too: a body never sees X-Forwarded-For', () => {
  const a = { ...action({ name: 'ip', body: 'function(ctx) { ip: std.get(ctx.request_headers, "X-Forwarded-For", "absent"), agent: ctx.request_headers["User-Agent"][0] }' }), sampleCtx: { request_headers: { 'x-forwarded-for': ['198.51.100.1'], 'user-agent': ['curl/8'] } } };
  assert.equal((previewBody(a, undefined, []).preview as { json: string }).json, '{\n   "agent": "curl/8",\n   "ip": "absent"\n}\n');
});

test('traits come from the default identity schema when the config holds it', () => {
  const config = sampleIdentityConfig() as any;
  const schema = { properties: { traits: { type: 'object', properties: { email: { type: 'string', format: 'email' }, plan: { type: 'string', enum: ['free', 'pro'] }, age: { type: 'integer', minimum: 18 } } } } };
  config.identity.schemas = [{ id: 'customer', url: 'base64://' + Buffer.from(JSON.stringify(schema)).toString('base64') }];
  config.identity.default_schema_id = 'customer';
  const traits = sampleTraits(config);
  assert.equal(traits.fromSchema, true);
  assert.deepEqual(traits.traits, { email: 'jane.doe@example.com', plan: 'free', age: 18 });
  const body = 'function(ctx) { plan: ctx.identity.traits.plan }';
  const previews = createBodyPreviewer()([action({ name: 'p', body })], [readLiveProject(rawProject(config))], []);
  assert.deepEqual(JSON.parse((previews.previews.get('p') as { json: string }).json), { plan: 'free' });
});

test('sample_ctx is merged over the generated ctx', () => {
  const a = { ...action({ name: 'vip', body: 'function(ctx) { e: ctx.identity.traits.email, n: ctx.identity.traits.name }' }), sampleCtx: { identity: { traits: { email: 'vip@example.com' } } } };
  const json = JSON.parse((previewBody(a, undefined, []).preview as { json: string }).json);
  assert.equal(json.e, 'vip@example.com');
  assert.deepEqual(json.n, { first: 'Jane', last: 'Doe' }, 'the rest of the generated traits stays');
});

test('error "cancel" is a skipped call; evaluation errors are warnings with the place; non-objects warn', () => {
  assert.deepEqual(previewBody(action({ name: 'c', body: 'function(ctx) error "cancel"' }), undefined, []).preview, { kind: 'cancelled' });
  const failing = previewBody(action({ name: 'f', body: 'function(ctx) {\n  x: ctx.identity.traits.missing\n}' }), undefined, []);
  assert.equal(failing.preview.kind, 'error');
  assert.match(failing.warning!.message, /"f" fails for a sample registration after request/);
  assert.match(failing.warning!.message, /missing/);
  const scalar = previewBody(action({ name: 's', body: 'function(ctx) 42' }), undefined, []);
  assert.match(scalar.warning!.message, /evaluates to a number, not an object/);
});

test('a body that never ends is stopped by the depth and time bounds and reported', () => {
  const started = Date.now();
  const recursion = previewBody(action({ name: 'r', body: 'local f(x) = f(x + 1) + 1; function(ctx) { v: f(0) }' }), undefined, []);
  assert.equal(recursion.preview.kind, 'error');
  const huge = previewBody(action({ name: 'h', body: 'function(ctx) { v: std.length(std.range(1, 1e12)) }' }), undefined, []);
  assert.equal(huge.preview.kind, 'error');
  const loop = previewBody(action({ name: 'l', body: 'function(ctx) { v: std.foldl(function(a, b) a + b, std.range(1, 5000000), 0) }' }), undefined, [], { timeoutMs: 200 });
  assert.equal(loop.preview.kind, 'error');
  assert.ok(Date.now() - started < 5_000, 'bounded');
});

test('the plan-wide budget stops evaluating further bodies and says so', () => {
  let clock = 0;
  const actions = [1, 2, 3].map((i) => action({ name: `b${i}`, body: 'function(ctx) {}' }));
  const result = createBodyPreviewer({ budgetMs: 10, now: () => (clock += 8) })(actions, [], []);
  assert.equal(result.previews.get('b1')!.kind, 'rendered');
  assert.equal(result.previews.get('b3')!.kind, 'error');
  assert.ok(result.warnings.some((w) => w.action === 'b3' && /time budget/.test(w.message)));
});

test('a syntax error is a manifest error at the body line', () => {
  const body = { source: 'function(ctx) {\n  a: 1,,\n}', location: { file: 'ory-actions.yaml', line: 10, column: 7 } };
  const [diagnostic] = checkBodySyntax(body);
  assert.equal(diagnostic!.severity, 'error');
  assert.equal(diagnostic!.location!.file, 'ory-actions.yaml');
  assert.match(diagnostic!.message, /Jsonnet syntax error/);
  assert.deepEqual(checkBodySyntax({ ...body, source: SEED_BODY }), []);
});

test('secrets in a body never reach its preview', () => {
  const a = action({ name: 's', body: 'function(ctx) { token: "tok_abcdef123456" }' });
  const json = (previewBody(a, undefined, ['tok_abcdef123456']).preview as { json: string }).json;
  assert.equal(json.includes('tok_abcdef123456'), false);
});

test('the preview is the exact text Kratos sends: go-jsonnet layout, code point key order, its number format, a trailing newline', () => {
  const body = 'function(ctx) { b: 0.1, a: [1, 2.5, 1e21], "é": {}, "Z": [], n: null, s: "tab\\tquote\\"" }';
  const { preview } = previewBody(action({ name: 'exact', body }), undefined, []);
  assert.equal(
    (preview as { json: string }).json,
    '{\n   "Z": [ ],\n   "a": [\n      1,\n      2.5,\n      1000000000000000000000\n   ],\n   "b": 0.10000000000000001,\n   "n": null,\n   "s": "tab\\tquote\\"",\n   "é": { }\n}\n',
  );
});

test('Kratos semantics: ctx is the top-level argument named ctx, no ext vars, imports refused, std.thisFile empty', () => {
  const rendered = (body: string) => previewBody(action({ name: 'k', body }), undefined, []);
  assert.equal((rendered('function(ctx={}) { f: std.thisFile }').preview as { json: string }).json, '{\n   "f": ""\n}\n');
  assert.equal((rendered('{ constant: true }').preview as { json: string }).json, '{\n   "constant": true\n}\n', 'a body that is not a function ignores ctx');
  const renamed = rendered('function(context) { e: context.identity.traits.email }');
  assert.equal(renamed.preview.kind, 'error');
  assert.match(renamed.warning!.message, /function has no parameter ctx/);
  assert.match(rendered('{ e: std.extVar("ctx") }').warning!.message, /Undefined external variable: ctx/);
  assert.match(rendered('function(ctx) import "lib.libsonnet"').warning!.message, /import not available lib.libsonnet/);
});

test('an error whose text starts with "cancel" skips the call, as Kratos tests for "RUNTIME ERROR: cancel"', () => {
  assert.deepEqual(previewBody(action({ name: 'c', body: 'function(ctx) error "cancelled by policy"' }), undefined, []).preview, { kind: 'cancelled' });
  assert.equal(previewBody(action({ name: 'c', body: 'function(ctx) error "do not cancel"' }), undefined, []).preview.kind, 'error');
});

test('a body that fails on every call in Ory is a located manifest error naming the action, saying why and how to fix it', () => {
  const at = { file: 'ory-actions.yaml', line: 10, column: 7 };
  const check = (source: string) => checkBodySyntax({ source, location: at }, 'welcome');
  const [renamed] = check('function(context) {\n  email: context.identity.traits.email,\n}');
  assert.equal(renamed!.severity, 'error');
  assert.match(renamed!.message, /The body of "welcome" would fail in Ory: .*without a parameter named `ctx`.*`context`.*every call/);
  assert.match(renamed!.hint!, /function\(ctx\)/);
  assert.equal(renamed!.location!.file, 'ory-actions.yaml');
  const [extVar] = check('{\n  email: std.extVar("ctx").identity.traits.email,\n}');
  assert.match(extVar!.message, /std\.extVar.*no external variables/);
  assert.equal(extVar!.location!.line > 10, true, 'located at the line of the body that reads it');
  assert.match(check('function(ctx) (import "x.libsonnet")')[0]!.message, /refuses every import/);
  assert.match(check('function(ctx, extra) {}')[0]!.message, /`extra` has no default/);
  assert.deepEqual(check('local f(x) = x; function(ctx, extra = 1) { a: f(ctx.flow.id) }'), []);
});
