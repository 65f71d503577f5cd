import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DesiredAction } from '../../../src/model/action.ts';
import { hookListPointer } from '../../../src/model/hook-list.ts';
import { encodeBody, readLiveProject, sha512Hex } from '../../../src/ory-config/webhook-codec.ts';
import { buildPatch } from '../../../src/patch/build.ts';
import { plan, type PlanResult } from '../../../src/planner/plan.ts';
import { secretDigester } from '../../../src/planner/secrets.ts';
import { applyLocally } from '../../support/apply-locally.ts';
import { flowsSchemaErrors } from '../../support/kratos-schema.ts';
import { action, manifestOf, PROJECT_ID, rawProject, sampleIdentityConfig } from '../../support/model-fixtures.ts';
import { seededRandom as rng } from '../../support/random.ts';

const digest = secretDigester('test-salt');
type Raw = Record<string, any>;

function planFor(actions: DesiredAction[], project: Raw, options: { prune?: boolean; previous?: DesiredAction[]; secrets?: string[] } = {}): PlanResult {
  return plan({
    manifest: manifestOf(actions, options),
    ...(options.previous ? { previousActions: options.previous } : {}),
    live: [readLiveProject(project)],
    digest,
  });
}

function applyPlanLocally(result: PlanResult, project: Raw): Raw {
  const ops = buildPatch(result.work[0]!);
  return applyLocally(project, ops);
}

function hooksAt(project: Raw, pointer: string): any[] {
  return pointer.split('/').slice(1).reduce((node: any, key) => node?.[key], project);
}

const SEED = [
  action({ name: 'welcome_email', flow: 'registration', timing: 'after', authMethod: 'password', body: 'function(ctx) { email: ctx.identity.traits.email }' }),
  action({ name: 'validate_login', flow: 'login', timing: 'before', canInterrupt: true }),
  action({ name: 'audit_log', flow: 'settings', timing: 'after', authMethod: 'password', responseIgnore: true }),
  action({ name: 'sync_verified', flow: 'verification', timing: 'after', authMethod: 'code' }),
];

test('the seed actions are created in the right lists, before session, and a second plan has no changes', () => {
  const project = rawProject();
  const first = planFor(SEED, project);
  assert.deepEqual(first.plan.summary, { create: 4, update: 0, delete: 0 });
  const after = applyPlanLocally(first, project);
  const registration = hooksAt(after, hookListPointer({ flow: 'registration', timing: 'after', method: 'password' }));
  assert.deepEqual(registration.map((h) => h.hook), ['web_hook', 'session']);
  assert.equal(registration[0].config.body, encodeBody(SEED[0]!.body!.source));
  assert.equal(hooksAt(after, '/services/identity/config/selfservice/flows/verification/after/hooks')[0].config.url, SEED[3]!.url);
  assert.equal(hooksAt(after, '/services/identity/config/selfservice/flows/login/before/hooks')[0].config.can_interrupt, true);
  assert.deepEqual(flowsSchemaErrors(after.services.identity.config.selfservice.flows), []);
  const second = planFor(SEED, after);
  assert.deepEqual(second.plan.summary, { create: 0, update: 0, delete: 0 });
  assert.deepEqual(second.plan.projects[0]!.unchanged, ['welcome_email', 'validate_login', 'audit_log', 'sync_verified']);
});

test('a method object that does not exist is created with add, never by replacing the after object', () => {
  const project = rawProject();
  const a = action({ name: 'passkey_login', flow: 'login', timing: 'after', authMethod: 'passkey' });
  const ops = buildPatch(planFor([a], project).work[0]!);
  assert.deepEqual(ops, [
    { op: 'add', path: '/services/identity/config/selfservice/flows/login/after/passkey', value: { hooks: [ops[0]!.value.hooks[0]] } },
  ]);
  const after = applyLocally(project as Raw, ops);
  assert.equal(after.services.identity.config.selfservice.flows.login.after.password !== undefined, true, 'siblings survive');
});

test('updates are field-level replaces with no test operation (Ory refuses them); nothing replaces an array or a method object', () => {
  const project = rawProject();
  const created = applyPlanLocally(planFor(SEED, project), project);
  const changed = SEED.map((a) => (a.name === 'welcome_email' ? { ...a, body: { ...a.body!, source: 'function(ctx) { id: ctx.identity.id }' }, responseParse: true } : a));
  const result = planFor(changed, created);
  assert.deepEqual(result.plan.summary, { create: 0, update: 1, delete: 0 });
  const update = result.plan.projects[0]!.updates[0]!;
  assert.deepEqual(update.changes.map((c) => c.field), ['body', 'response_parse']);
  assert.equal(update.bodyAfter, 'function(ctx) { id: ctx.identity.id }');
  const ops = buildPatch(result.work[0]!);
  const base = hookListPointer({ flow: 'registration', timing: 'after', method: 'password' });
  assert.deepEqual(ops.map((o) => `${o.op} ${o.path}`), [
    `replace ${base}/0/config/body`,
    `replace ${base}/0/config/response/parse`,
  ]);
  const applied = applyLocally(created, ops);
  assert.deepEqual(planFor(changed, applied).plan.summary, { create: 0, update: 0, delete: 0 });
});

test('removed actions of the previous manifest are deleted, unmanaged hooks are left alone, prune deletes them', () => {
  const config = sampleIdentityConfig() as Raw;
  const list = config.selfservice.flows.registration.after.password.hooks as unknown[];
  list.unshift({ hook: 'web_hook', config: { url: 'https://console.example.com/clicked', method: 'POST' } });
  const project = rawProject(config);
  const withSeed = applyPlanLocally(planFor(SEED, project), project);
  const [welcome, ...rest] = SEED;
  const result = planFor(rest, withSeed, { previous: SEED });
  assert.deepEqual(result.plan.summary, { create: 0, update: 0, delete: 1 });
  assert.equal(result.plan.projects[0]!.deletes[0]!.action, welcome!.name);
  assert.equal(result.plan.projects[0]!.deletes[0]!.reason, 'removed-from-manifest');
  assert.deepEqual(result.plan.projects[0]!.unmanaged.map((u) => u.url.display), ['https://console.example.com/clicked']);
  const after = applyPlanLocally(result, withSeed);
  const hooks = hooksAt(after, hookListPointer(welcome!.list));
  assert.deepEqual(hooks.map((h) => h.config?.url ?? h.hook), ['https://console.example.com/clicked', 'session']);

  const pruned = planFor(rest, after, { prune: true });
  assert.equal(pruned.plan.summary.delete, 1);
  assert.equal(pruned.plan.projects[0]!.deletes[0]!.reason, 'prune');
  assert.deepEqual(pruned.plan.projects[0]!.unmanaged, []);
});

test('a changed url deletes the old hook and creates the new one (identity is list + url + method)', () => {
  const project = rawProject();
  const created = applyPlanLocally(planFor(SEED, project), project);
  const moved = SEED.map((a) => (a.name === 'audit_log' ? { ...a, url: 'https://audit.example.com/v2' } : a));
  const result = planFor(moved, created, { previous: SEED });
  assert.deepEqual(result.plan.summary, { create: 1, update: 0, delete: 1 });
  assert.equal(result.plan.projects[0]!.deletes[0]!.reason, 'identity-changed');
  const after = applyPlanLocally(result, created);
  assert.deepEqual(planFor(moved, after, { previous: moved }).plan.summary, { create: 0, update: 0, delete: 0 });
});

test('the fingerprint ignores revisions, unmanaged hooks and indexes but follows every written value', () => {
  const project = rawProject();
  const base = planFor(SEED, project).plan;
  const again = planFor(SEED, rawProject(sampleIdentityConfig(), PROJECT_ID, 'rev-2')).plan;
  assert.equal(again.fingerprint, base.fingerprint);
  assert.match(base.fingerprint, /^sha256:[0-9a-f]{64}$/);

  const edited = sampleIdentityConfig() as Raw;
  edited.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: 'https://other.example.com', method: 'GET' } });
  edited.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://x.example.com', method: 'POST' } });
  assert.equal(planFor(SEED, rawProject(edited)).plan.fingerprint, base.fingerprint, 'unrelated console edits keep the fingerprint');

  const changedBody = SEED.map((a) => (a.name === 'welcome_email' ? { ...a, body: { ...a.body!, source: a.body!.source + ' ' } } : a));
  assert.notEqual(planFor(changedBody, project).plan.fingerprint, base.fingerprint);
  const withSecret = (value: string) =>
    SEED.map((a) => (a.name === 'audit_log' ? { ...a, auth: { type: 'api_key' as const, name: 'X-Key', value, in: 'header' as const }, display: { 'auth.value': '${{ env.K }}' } } : a));
  const one = planFor(withSecret('secret-one'), project).plan;
  const two = planFor(withSecret('secret-two'), project).plan;
  assert.notEqual(one.fingerprint, two.fingerprint, 'a changed secret changes what is written');
  assert.equal(JSON.stringify(one).includes('secret-one'), false, 'the plan never holds the secret');
});

test('bodies compare through base64, through a SHA-512 storage URL, and are unverifiable behind other URLs', () => {
  const a = SEED[0]!;
  const stored = (body: string) => {
    const config = sampleIdentityConfig() as Raw;
    config.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: a.url, method: 'POST', body, can_interrupt: false, response: { ignore: false, parse: false } } });
    return rawProject(config);
  };
  assert.equal(planFor([a], stored(encodeBody(a.body!.source))).plan.summary.update, 0);
  assert.equal(planFor([a], stored(`https://storage.example/${sha512Hex(a.body!.source)}.jsonnet`)).plan.summary.update, 0);
  assert.equal(planFor([a], stored(`https://storage.example/${sha512Hex('other')}.jsonnet`)).plan.summary.update, 1);
  const opaque = planFor([a], stored('https://storage.example/abc'));
  assert.equal(opaque.plan.summary.update, 0);
  assert.equal(opaque.plan.projects[0]!.warnings.some((w) => w.kind === 'body-unverifiable'), true);
});

test('masked secrets read back from Ory never cause a perpetual diff', () => {
  const a = action({ name: 'keyed', auth: { type: 'api_key', name: 'X-Key', value: 's3cr3t-value', in: 'header' } });
  for (const masked of ['', '********', undefined]) {
    const config = sampleIdentityConfig() as Raw;
    const auth: Raw = { type: 'api_key', config: { name: 'X-Key', in: 'header' } };
    if (masked !== undefined) auth.config.value = masked;
    config.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: a.url, method: 'POST', can_interrupt: false, response: { ignore: false, parse: false }, auth } });
    const result = planFor([a], rawProject(config), { secrets: ['s3cr3t-value'] });
    assert.equal(result.plan.summary.update, 0, `masked as ${JSON.stringify(masked)}`);
    assert.equal(result.plan.projects[0]!.warnings.some((w) => w.kind === 'secret-uncomparable'), true);
  }
});

test('extra live copies of a managed hook are deleted; the first stays', () => {
  const a = SEED[1]!;
  const config = sampleIdentityConfig() as Raw;
  const copy = { hook: 'web_hook', config: { url: a.url, method: 'POST', can_interrupt: true, response: { ignore: false, parse: false } } };
  config.selfservice.flows.login.before.hooks.push(copy, structuredClone(copy));
  const result = planFor([a], rawProject(config));
  assert.deepEqual(result.plan.summary, { create: 0, update: 0, delete: 1 });
  const after = applyPlanLocally(result, rawProject(config));
  assert.equal(after.services.identity.config.selfservice.flows.login.before.hooks.length, 1);
});

// --- property test: random live configs and manifests -------------------------------------------


const LIST_CHOICES: Array<Pick<DesiredAction, 'flow' | 'timing'> & { authMethod?: string }> = [
  { flow: 'registration', timing: 'after', authMethod: 'password' },
  { flow: 'registration', timing: 'after', authMethod: 'oidc' },
  { flow: 'registration', timing: 'after', authMethod: 'code' },
  { flow: 'registration', timing: 'before' },
  { flow: 'login', timing: 'after', authMethod: 'password' },
  { flow: 'login', timing: 'after', authMethod: 'totp' },
  { flow: 'login', timing: 'before' },
  { flow: 'settings', timing: 'after', authMethod: 'profile' },
  { flow: 'recovery', timing: 'after', authMethod: 'code' },
  { flow: 'verification', timing: 'after', authMethod: 'link' },
  { flow: 'verification', timing: 'before' },
];

test('property: plan, apply, plan again gives no changes; other hooks survive in order; session stays last; Kratos schema holds', () => {
  for (let seed = 1; seed <= 150; seed++) {
    const random = rng(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const config = sampleIdentityConfig() as Raw;
    const flows = config.selfservice.flows;
    // live noise: unmanaged webhooks and other hook types
    for (let i = 0; i < 6; i++) {
      const where = pick(LIST_CHOICES);
      const list = where.timing === 'before' || ['recovery', 'verification'].includes(where.flow) ? (flows[where.flow][where.timing] ??= { hooks: [] }) : (flows[where.flow].after[where.authMethod!] ??= { hooks: [] });
      list.hooks ??= [];
      const other = random() < 0.5 ? { hook: 'web_hook', config: { url: `https://unmanaged.example.com/${seed}/${i}`, method: 'PUT' } } : { hook: where.flow === 'registration' && where.timing === 'after' ? 'show_verification_ui' : 'require_verified_address' };
      if (other.hook === 'require_verified_address' && !(where.flow === 'login' && where.timing === 'after')) continue;
      if (list.hooks.some((h: unknown) => JSON.stringify(h) === JSON.stringify(other))) continue; // Kratos lists hold unique items
      list.hooks.unshift(other);
    }
    const count = 1 + Math.floor(random() * 12);
    const previous: DesiredAction[] = [];
    const actions: DesiredAction[] = [];
    for (let i = 0; i < count; i++) {
      const where = pick(LIST_CHOICES);
      const a = action({
        name: `a${i}`,
        ...where,
        url: `https://hooks.example.com/${seed}/${i % 7}`,
        method: pick(['POST', 'PUT', 'GET'] as const),
        ...(random() < 0.6 ? { body: `function(ctx) { n: ${i} }` } : {}),
        responseIgnore: random() < 0.2,
      });
      if (actions.some((b) => JSON.stringify(b.list) === JSON.stringify(a.list) && b.url === a.url && b.method === a.method)) continue;
      actions.push(a);
    }
    const project = rawProject(config);
    const before = readLiveProject(project);
    const first = planFor(actions, project, { previous });
    const after = applyPlanLocally(first, project);
    assert.deepEqual(flowsSchemaErrors(after.services.identity.config.selfservice.flows), [], `seed ${seed}`);
    const second = planFor(actions, after);
    assert.deepEqual(second.plan.summary, { create: 0, update: 0, delete: 0 }, `seed ${seed}`);
    const afterLive = readLiveProject(after);
    for (const list of before.lists) {
      const others = (hooks: readonly unknown[]) => hooks.filter((h: any) => !(h.hook === 'web_hook' && h.config.url.startsWith('https://hooks.example.com/'))).map((h) => JSON.stringify(h));
      const now = afterLive.lists.find((l) => JSON.stringify(l.list) === JSON.stringify(list.list))!;
      assert.deepEqual(others(now.hooks), others(list.hooks), `seed ${seed}: other hooks keep their order`);
      const session = now.hooks.findIndex((h: any) => h.hook === 'session');
      if (session >= 0) assert.equal(now.hooks.slice(session + 1).some((h: any) => h.hook === 'web_hook' && h.config.url.startsWith('https://hooks.example.com/')), false, `seed ${seed}: no webhook after session`);
    }
    // and removing half the actions through the previous manifest empties exactly those
    const kept = actions.filter((_, i) => i % 2 === 0);
    const third = planFor(kept, after, { previous: actions });
    assert.equal(third.plan.summary.delete, actions.length - kept.length, `seed ${seed}`);
    const final = applyPlanLocally(third, after);
    assert.deepEqual(planFor(kept, final, { previous: kept }).plan.summary, { create: 0, update: 0, delete: 0 }, `seed ${seed}`);
    assert.deepEqual(flowsSchemaErrors(final.services.identity.config.selfservice.flows), [], `seed ${seed}`);
  }
});

test('a body behind an opaque storage URL is rewritten when the manifest changed it since the previous commit', () => {
  const a = SEED[0]!;
  const config = sampleIdentityConfig() as Raw;
  config.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: a.url, method: 'POST', body: 'https://storage.example/abc', can_interrupt: false, response: { ignore: false, parse: false } } });
  const project = rawProject(config);
  assert.equal(planFor([a], project, { previous: [a] }).plan.summary.update, 0, 'unchanged in the manifest: left alone');
  const edited = { ...a, body: { ...a.body!, source: 'function(ctx) { v: 2 }' } };
  const result = planFor([edited], project, { previous: [a] });
  assert.equal(result.plan.summary.update, 1);
  assert.deepEqual(result.plan.projects[0]!.updates[0]!.changes.map((c) => c.field), ['body']);
});
