/** The flow-level `after` lists (auth_method: global), and the warnings about hooks that fail or block. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DesiredAction } from '../../../src/model/action.ts';
import { hookListPointer } from '../../../src/model/hook-list.ts';
import { encodeBody, readLiveProject } from '../../../src/ory-config/webhook-codec.ts';
import { buildPatch } from '../../../src/patch/build.ts';
import { plan, type PlanResult } from '../../../src/planner/plan.ts';
import { secretDigester } from '../../../src/planner/secrets.ts';
import { applyLocally } from '../../support/apply-locally.ts';
import { action, manifestOf, rawProject, sampleIdentityConfig } from '../../support/model-fixtures.ts';

type Raw = Record<string, any>;
const digest = secretDigester('salt');

function planFor(actions: DesiredAction[], project: Raw, options: { prune?: boolean; previous?: DesiredAction[] } = {}): PlanResult {
  return plan({ manifest: manifestOf(actions, options), ...(options.previous ? { previousActions: options.previous } : {}), live: [readLiveProject(project)], digest });
}

/** A fresh project whose login flow-level list holds a console webhook and revoke_active_sessions. */
function withLoginFlowList(): Raw {
  const config = sampleIdentityConfig() as Raw;
  config.selfservice.flows.login.after.hooks = [
    { hook: 'web_hook', config: { url: 'https://console.example.com/every-login', method: 'POST' } },
    { hook: 'revoke_active_sessions' },
  ];
  return rawProject(config);
}

const kinds = (result: PlanResult, kind: string) => result.plan.projects[0]!.warnings.filter((w) => w.kind === kind);

test('a webhook of a flow-level list is read and unmanaged; the plan says for which methods the list runs', () => {
  const result = planFor([], withLoginFlowList());
  const project = result.plan.projects[0]!;
  assert.deepEqual(project.unmanaged.map((u) => `${u.listKey} ${u.method} ${u.url.display}`), ['login.after POST https://console.example.com/every-login']);
  // the sample's login method lists are empty or missing: it runs for every login method
  assert.deepEqual(project.flowLevelLists, [
    {
      listKey: 'login.after',
      hooks: ['web_hook POST https://console.example.com/every-login', 'revoke_active_sessions'],
      runsFor: ['password', 'oidc', 'code', 'webauthn', 'passkey', 'totp', 'lookup_secret', 'saml'],
      runsForAfter: ['password', 'oidc', 'code', 'webauthn', 'passkey', 'totp', 'lookup_secret', 'saml'],
    },
  ]);
  assert.equal(project.warnings.length, 0);
});

test('prune deletes the webhook of a flow-level list and keeps its other hooks', () => {
  const project = withLoginFlowList();
  const result = planFor([], project, { prune: true });
  assert.deepEqual(result.plan.projects[0]!.deletes.map((d) => `${d.listKey} ${d.reason}`), ['login.after prune']);
  const after = applyLocally(project, buildPatch(result.work[0]!));
  assert.deepEqual(after.services.identity.config.selfservice.flows.login.after.hooks, [{ hook: 'revoke_active_sessions' }]);
});

test('auth_method global manages a hook of the flow-level list: matched, updated, deleted when removed', () => {
  const project = withLoginFlowList();
  const managed = action({ name: 'every_login', flow: 'login', authMethod: 'global', url: 'https://console.example.com/every-login', body: 'function(ctx) {}' });
  const update = planFor([managed], project);
  assert.deepEqual(update.plan.summary, { create: 0, update: 1, delete: 0 });
  assert.deepEqual(update.plan.projects[0]!.updates[0]!.listKey, 'login.after');
  const updated = applyLocally(project, buildPatch(update.work[0]!));
  assert.equal(updated.services.identity.config.selfservice.flows.login.after.hooks[0].config.body, encodeBody('function(ctx) {}'));
  assert.deepEqual(planFor([managed], updated).plan.summary, { create: 0, update: 0, delete: 0 });
  const removed = planFor([], updated, { previous: [managed] });
  assert.deepEqual(removed.plan.projects[0]!.deletes.map((d) => [d.action, d.reason]), [['every_login', 'removed-from-manifest']]);
});

test('the switch-off warning: exactly when the first hook goes into an empty method list while the flow-level list holds hooks', () => {
  const project = withLoginFlowList();
  const password = action({ name: 'pw', flow: 'login', authMethod: 'password', body: 'function(ctx) {}' });
  const off = kinds(planFor([password], project), 'flow-level-list-off');
  assert.equal(off.length, 1);
  assert.equal(off[0]!.action, 'pw');
  assert.match(off[0]!.message, /switches the flow-level list login\.after off for password: web_hook POST https:\/\/console\.example\.com\/every-login, revoke_active_sessions stop running for password/);
  assert.deepEqual(planFor([password], project).plan.projects[0]!.flowLevelLists![0]!.runsForAfter, ['oidc', 'code', 'webauthn', 'passkey', 'totp', 'lookup_secret', 'saml']);

  // no warning: a second hook into a list that is not empty; a list with no flow-level hooks; a before hook
  const applied = applyLocally(project, buildPatch(planFor([password], project).work[0]!));
  const second = action({ name: 'pw2', flow: 'login', authMethod: 'password', body: 'function(ctx) {}' });
  assert.equal(kinds(planFor([password, second], applied), 'flow-level-list-off').length, 0);
  assert.equal(kinds(planFor([password], rawProject()), 'flow-level-list-off').length, 0, 'an empty flow-level list stops nothing');
  assert.equal(kinds(planFor([action({ name: 'b', flow: 'login', timing: 'before', body: 'function(ctx) {}' })], project), 'flow-level-list-off').length, 0);

  // removing the last hook of that method list switches the flow-level list on again
  const on = kinds(planFor([], applied, { previous: [password] }), 'flow-level-list-on');
  assert.equal(on.length, 1);
  assert.match(on[0]!.message, /login\.after\.password becomes empty, which switches the flow-level list login\.after on for password/);
});

test('a global hook where every method has a list of its own runs for nothing: the plan says so', () => {
  const config = sampleIdentityConfig() as Raw;
  const registration = config.selfservice.flows.registration.after;
  for (const method of ['code', 'passkey', 'saml']) registration[method] = { hooks: [{ hook: 'session' }] };
  const idle = kinds(planFor([action({ name: 'g', flow: 'registration', authMethod: 'global', body: 'function(ctx) {}' })], rawProject(config)), 'flow-level-list-idle');
  assert.equal(idle.length, 1);
  assert.match(idle[0]!.message, /runs for no registration method/);
  // in the sample, registration code, passkey and saml have no list: there it does run
  assert.equal(kinds(planFor([action({ name: 'g', flow: 'registration', authMethod: 'global', body: 'function(ctx) {}' })], rawProject()), 'flow-level-list-idle').length, 0);
});

test('a saml method list is read and written like the others', () => {
  const project: Raw = rawProject();
  const sso = action({ name: 'sso', flow: 'login', authMethod: 'saml', body: 'function(ctx) {}' });
  const result = planFor([sso], project);
  const after = applyLocally(project, buildPatch(result.work[0]!));
  assert.equal(after.services.identity.config.selfservice.flows.login.after.saml.hooks[0].config.url, sso.url);
  assert.deepEqual(planFor([sso], after).plan.summary, { create: 0, update: 0, delete: 0 });
  assert.equal(readLiveProject(after).lists.find((l) => l.list.method === 'saml' && l.list.flow === 'login')!.webhooks.length, 1);
  assert.equal(hookListPointer(sso.list), '/services/identity/config/selfservice/flows/login/after/saml/hooks');
});

test('a webhook without a body gets a warning naming it, created, updated or unchanged', () => {
  const project = rawProject();
  const bare = action({ name: 'bare', flow: 'login', timing: 'before' });
  const first = kinds(planFor([bare], project), 'no-body');
  assert.deepEqual(first.map((w) => w.action), ['bare']);
  assert.match(first[0]!.message, /Kratos fails a webhook without a body template on every call/);
  const after = applyLocally(project, buildPatch(planFor([bare], project).work[0]!));
  assert.equal(kinds(planFor([bare], after), 'no-body').length, 1, 'still failing while unchanged');
  assert.equal(kinds(planFor([{ ...bare, body: { source: 'function(ctx) {}', location: bare.location } }], after), 'no-body').length, 0);
});

test('every synchronous hook can block its flow; only response_ignore does not', () => {
  const project = rawProject();
  const cases: Array<[DesiredAction, RegExp | undefined]> = [
    [action({ name: 'login_before', flow: 'login', timing: 'before', body: 'function(ctx) {}' }), /runs synchronously in the login flow: .* users cannot log in/],
    [action({ name: 'reg_after', body: 'function(ctx) {}' }), /users see an error although the identity is already created/],
    [action({ name: 'reg_parse', body: 'function(ctx) {}', responseParse: true }), /waits for its answer before the registration completes: .* users cannot sign up/],
    [action({ name: 'interrupts', flow: 'login', timing: 'before', canInterrupt: true, body: 'function(ctx) {}' }), /can interrupt the login flow/],
    [action({ name: 'async', flow: 'settings', body: 'function(ctx) {}', responseIgnore: true }), undefined],
  ];
  for (const [hook, pattern] of cases) {
    const blocking = kinds(planFor([hook], project), 'can-block');
    if (!pattern) assert.equal(blocking.length, 0, hook.name);
    else {
      assert.equal(blocking.length, 1, hook.name);
      assert.match(blocking[0]!.message, pattern);
    }
  }
});

test('a base64:// body is compared decoded and sent exactly as written', () => {
  const project = rawProject();
  const source = 'function(ctx) { id: ctx.identity.id }';
  // a line break inside is fine for Kratos's decoder; what matters is that the text goes out untouched
  const encoded = `base64://${Buffer.from(source).toString('base64').replace(/(.{20})/, '$1\n')}`;
  const hook = action({ name: 'tf', body: source });
  const written = { ...hook, body: { ...hook.body!, encoded } };
  const result = planFor([written], project);
  const ops = buildPatch(result.work[0]!);
  assert.equal((ops[0]!.value as any).config.body, encoded);
  const after = applyLocally(project, ops);
  assert.deepEqual(planFor([written], after).plan.summary, { create: 0, update: 0, delete: 0 });
  assert.deepEqual(planFor([hook], after).plan.summary, { create: 0, update: 0, delete: 0 }, 'the same Jsonnet written plainly is the same body');
});
