/**
 * Property test over real HTTP: random live configs and manifests, planned and applied through
 * the Ory client against the emulator in Ory-rules mode (Ory's patch applier; every write validated
 * against the Kratos schema, what Ory drops silently dropped), flow-level and saml lists included. Plan, apply, plan again must give no changes, with every other
 * hook kept in order and `session` last.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { applyPlan } from '../../src/apply/apply.ts';
import { computePlan } from '../../src/commands/plan.ts';
import type { DesiredAction } from '../../src/model/action.ts';
import { createOryProjects } from '../../src/ory/client.ts';
import { readLiveProject } from '../../src/ory-config/webhook-codec.ts';
import { flowsSchemaErrors } from '../support/kratos-schema.ts';
import { action, manifestOf } from '../support/model-fixtures.ts';
import { seededRandom } from '../support/random.ts';

const KEY = 'ory_wak_property';
let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY], secrets: 'masked', storeBodiesAs: 'sha512-url', patchRules: 'ory' });
});
after(async () => ory.close());

const WHERE = [
  { flow: 'registration', timing: 'after', authMethod: 'password' },
  { flow: 'registration', timing: 'after', authMethod: 'passkey' },
  { flow: 'registration', timing: 'before' },
  { flow: 'login', timing: 'after', authMethod: 'code' },
  { flow: 'login', timing: 'before' },
  { flow: 'login', timing: 'after', authMethod: 'global' },
  { flow: 'registration', timing: 'after', authMethod: 'saml' },
  { flow: 'settings', timing: 'after', authMethod: 'global' },
  { flow: 'settings', timing: 'after', authMethod: 'totp' },
  { flow: 'settings', timing: 'before' },
  { flow: 'recovery', timing: 'after', authMethod: 'link' },
  { flow: 'verification', timing: 'after', authMethod: 'code' },
] as const;

const isOurs = (hook: any) => hook?.hook === 'web_hook' && String(hook.config?.url).startsWith('https://managed.example.com/');

test('property: plan, apply, plan again is empty against the emulator; other hooks survive in order', async () => {
  for (let seed = 1; seed <= 30; seed++) {
    const random = seededRandom(seed * 7919);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const projectId = ory.addProject();
    ory.editConfig(projectId, (config: any) => {
      const flows = config.selfservice.flows;
      flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: `https://console.example.com/${seed}`, method: 'POST', auth: { type: 'api_key', config: { name: 'k', value: 'console-secret', in: 'header' } } } });
      if (random() < 0.5) flows.login.before.hooks.push({ hook: 'web_hook', config: { url: `https://console.example.com/login/${seed}`, method: 'GET' } });
      if (random() < 0.5) flows.registration.after.password.hooks.splice(1, 0, { hook: 'show_verification_ui' });
      if (random() < 0.5) flows.login.after.hooks.push({ hook: 'revoke_active_sessions' }, { hook: 'web_hook', config: { url: `https://console.example.com/every-login/${seed}`, method: 'POST' } });
    });
    const actions: DesiredAction[] = [];
    for (let i = 0; i < 2 + Math.floor(random() * 10); i++) {
      const where = pick(WHERE);
      const candidate = action({
        name: `a${i}`,
        projectId,
        ...where,
        url: `https://managed.example.com/${i % 5}`,
        method: pick(['POST', 'PUT'] as const),
        ...(random() < 0.7 ? { body: `function(ctx) { i: ${i}, seed: ${seed} }` } : {}),
        ...(random() < 0.3 ? { auth: { type: 'api_key' as const, name: 'X-Key', value: `secret-${i}`, in: 'header' as const } } : {}),
        responseParse: random() < 0.2,
      });
      if (actions.some((a) => JSON.stringify(a.list) === JSON.stringify(candidate.list) && a.url === candidate.url && a.method === candidate.method)) continue;
      actions.push(candidate);
    }
    const client = createOryProjects({ apiUrl: ory.url, apiKey: KEY, retry: { maxRetries: 4, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 10_000 }, sleep: async () => {} });
    const input = { manifest: manifestOf(actions), ory: client, salt: KEY };
    const before = readLiveProject(ory.project(projectId));
    const planned = await computePlan(input);
    assert.equal(planned.plan.summary.create, actions.length, `seed ${seed}`);
    // Ory's weather: some writes lose their answer, some reads lag behind the write
    if (random() < 0.3) ory.injectFault({ match: 'patch', projectId, drop: true, afterApply: true });
    if (random() < 0.3) ory.lagReadsAfterNextWrite(projectId, 1 + Math.floor(random() * 2));
    const results = await applyPlan({ ory: client, replan: planned.replan, log: () => {} }, planned);
    assert.equal(results[0]!.outcome, 'applied', `seed ${seed}`);
    ory.clearFaults();
    // read past any lag left (at most two stale reads), so the second plan sees what is stored
    ory.lagReadsAfterNextWrite(projectId, 0);
    for (let i = 0; i < 3 && readLiveProject(await client.getProject(projectId)).revisionId !== ory.project(projectId).revision_id; i++);
    const again = await computePlan(input);
    assert.deepEqual(again.plan.summary, { create: 0, update: 0, delete: 0 }, `seed ${seed}: ${JSON.stringify(again.plan.projects[0]?.warnings)}`);

    const stored = ory.project(projectId);
    assert.deepEqual(flowsSchemaErrors((stored.services.identity.config as any).selfservice.flows), [], `seed ${seed}`);
    const afterLive = readLiveProject(stored);
    for (const list of before.lists) {
      const now = afterLive.lists.find((l) => JSON.stringify(l.list) === JSON.stringify(list.list))!;
      const others = (hooks: readonly unknown[]) => hooks.filter((h) => !isOurs(h)).map((h) => JSON.stringify(h));
      assert.deepEqual(others(now.hooks), others(list.hooks), `seed ${seed}: ${JSON.stringify(list.list)} keeps its other hooks`);
      const session = now.hooks.findIndex((h: any) => h.hook === 'session');
      if (session >= 0) assert.equal(now.hooks.slice(session).some(isOurs), false, `seed ${seed}: webhooks stay before session`);
    }
  }
});
