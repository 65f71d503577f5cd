/**
 * End to end against the emulator in Ory-rules mode (Ory's own patch applier: no `test`, `move`,
 * `copy`; reads that can lag behind writes), through the bundle on Node 20 and 24: every hook ends
 * where it belongs, nothing is lost or written twice, and flow-level lists are read, planned,
 * pruned, imported and managed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { eachNode, makeWorkspace, runBundledAction, type RunResult } from '../support/action-runner.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_rules_0123456789';
const SEED_MANIFEST = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');
const PATCH_ROUTE = 'PATCH /projects/{id}/revision/{rev}';
const GET_ROUTE = 'GET /projects/{id}';

let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY], patchRules: 'ory' });
});
after(async () => ory.close());

const flowsOf = (projectId: string): any => (ory.project(projectId).services.identity.config as any).selfservice.flows;
const urls = (hooks: any[]) => hooks.map((h) => (h.hook === 'web_hook' ? h.config.url : h.hook));

function countsFor(projectId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of ory.requests) if (r.projectId === projectId) counts[r.route] = (counts[r.route] ?? 0) + 1;
  return counts;
}

async function dispatch(projectId: string, manifest: string, extra: Record<string, string> = {}): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': manifest }),
    eventName: 'workflow_dispatch',
    inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId, ...extra },
  });
}

function assertApplied(result: RunResult): void {
  assert.equal(result.code, 0, `${result.log}\n${result.stderr}`);
  assert.equal(result.outputs['failure-reason'], '');
  assert.equal(result.outputs.applied, 'true', result.log);
}

/** No webhook URL appears twice anywhere in the project. */
function assertNoDuplicates(projectId: string): void {
  const seen: string[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.hook === 'web_hook') seen.push(`${node.config.method} ${node.config.url}`);
      else Object.values(node).forEach(walk);
    }
  };
  walk(flowsOf(projectId));
  assert.deepEqual(seen.filter((s, i) => seen.indexOf(s) !== i), [], 'no hook written twice');
}

function seedHooksInPlace(projectId: string): void {
  const flows = flowsOf(projectId);
  assert.deepEqual(urls(flows.registration.after.password.hooks), ['https://api.example.com/webhooks/welcome', 'session']);
  assert.deepEqual(urls(flows.login.before.hooks).filter((u) => u.startsWith('https://api.')), ['https://api.example.com/webhooks/validate']);
  assert.deepEqual(urls(flows.settings.after.password.hooks), ['https://api.example.com/webhooks/audit']);
  assert.deepEqual(urls(flows.verification.after.hooks), ['https://api.example.com/webhooks/user-verified']);
  assertNoDuplicates(projectId);
}

const BODY_MANIFEST = (body: string) => `
actions:
  welcome:
    flow: registration
    timing: after
    auth_method: password
    url: https://api.example.com/welcome
    body: "${body}"
`;

eachNode(() => {
  describe("Ory's patch rules", () => {
    test('the seed applies to a fresh project with one GET and one PATCH holding no test, move or copy; a second run has no changes', async () => {
      const projectId = ory.addProject();
      const first = await dispatch(projectId, SEED_MANIFEST);
      assertApplied(first);
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 1, [PATCH_ROUTE]: 1 });
      const sent = ory.requests.find((r) => r.projectId === projectId && r.route === PATCH_ROUTE)!.body as Array<{ op: string }>;
      assert.deepEqual([...new Set(sent.map((op) => op.op))], ['add']);
      seedHooksInPlace(projectId);
      const second = await dispatch(projectId, SEED_MANIFEST);
      assert.equal(second.code, 0, second.log);
      assert.equal(second.outputs['has-changes'], 'false');
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 2, [PATCH_ROUTE]: 1 });
      // the seed's hooks without a body are loaded as they are, and the plan says what Kratos does with them
      assert.match(second.log, /validate_login: no body: Kratos fails a webhook without a body template on every call/);
    });

    test("a 429 answered Ory's way (empty body, x-ratelimit-reset, no Retry-After) is retried; the apply then succeeds", async () => {
      const projectId = ory.addProject();
      ory.injectFault({ match: 'patch', projectId, status: 429, oryRateLimit: true, retryAfterSeconds: 1 });
      const result = await dispatch(projectId, SEED_MANIFEST);
      assertApplied(result);
      assert.match(result.log, /HTTP 429/);
      seedHooksInPlace(projectId);
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 1, [PATCH_ROUTE]: 2 });
    });

    test('a body update is a field-level replace; plan again has no changes', async () => {
      const projectId = ory.addProject();
      assertApplied(await dispatch(projectId, BODY_MANIFEST('function(ctx) { a: 1 }')));
      const updated = await dispatch(projectId, BODY_MANIFEST('function(ctx) { b: 2 }'));
      assertApplied(updated);
      assert.equal(updated.outputs['to-update'], '1');
      const ops = ory.requests.filter((r) => r.projectId === projectId && r.route === PATCH_ROUTE).at(-1)!.body as Array<{ op: string; path: string }>;
      assert.deepEqual(ops.map((op) => `${op.op} ${op.path.split('/').slice(-3).join('/')}`), ['replace 0/config/body']);
      const hook = flowsOf(projectId).registration.after.password.hooks[0];
      assert.equal(Buffer.from(hook.config.body.slice('base64://'.length), 'base64').toString(), 'function(ctx) { b: 2 }');
      const again = await dispatch(projectId, BODY_MANIFEST('function(ctx) { b: 2 }'), { mode: 'plan' });
      assert.equal(again.outputs['has-changes'], 'false', again.log);
    });

    test('prune deletes a console webhook and keeps session and the other hooks in order', async () => {
      const projectId = ory.addProject();
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.registration.after.password.hooks.unshift(
          { hook: 'web_hook', config: { url: 'https://console.example.com/a', method: 'POST' } },
          { hook: 'show_verification_ui' },
        );
      });
      const result = await dispatch(projectId, `prune: true\n${BODY_MANIFEST('function(ctx) {}')}`);
      assertApplied(result);
      assert.deepEqual(urls(flowsOf(projectId).registration.after.password.hooks), ['show_verification_ui', 'https://api.example.com/welcome', 'session']);
    });

    test('a write whose answer is lost, then reads that lag behind it: the write is found kept, applied once, nothing written twice', async () => {
      const projectId = ory.addProject();
      ory.injectFault({ match: 'patch', projectId, drop: true, afterApply: true, times: 1 });
      ory.lagReadsAfterNextWrite(projectId, 2);
      const result = await dispatch(projectId, SEED_MANIFEST);
      assertApplied(result);
      assert.match(result.log, /Ory's read still shows revision/);
      assert.match(result.log, /Ory kept the write although its answer was lost/);
      seedHooksInPlace(projectId);
      // one plan read, the write and its retry (409), two lagging re-reads and the one that shows the write
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 4, [PATCH_ROUTE]: 2 });
    });

    test('a concurrent writer, then a re-read that lags: read again past it, same plan, written once against the new revision', async () => {
      const projectId = ory.addProject();
      ory.lagReadsAfterNextWrite(projectId, 1);
      ory.concurrentEditBeforeNextPatch(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://console.example.com/theirs', method: 'POST' } });
      });
      const result = await dispatch(projectId, SEED_MANIFEST);
      assertApplied(result);
      assert.match(result.log, /409/);
      seedHooksInPlace(projectId);
      assert.deepEqual(urls(flowsOf(projectId).login.before.hooks).sort(), ['https://api.example.com/webhooks/validate', 'https://console.example.com/theirs']);
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 3, [PATCH_ROUTE]: 2 });
    });

    test('an Ory whose every read lags one behind: a second apply right after the first plans against the stale read, meets 409, and writes nothing twice', async () => {
      const lagging = await startOryEmulator({ workspaceKeys: [KEY], patchRules: 'ory', lagReads: 1 });
      try {
        const projectId = lagging.addProject();
        const run = () =>
          runBundledAction({
            workspace: makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST }),
            eventName: 'workflow_dispatch',
            inputs: { 'ory-api-key': KEY, 'ory-api-url': lagging.url, 'project-id': projectId },
          });
        assertApplied(await run());
        const second = await run();
        assert.equal(second.code, 0, second.log);
        assert.equal(second.outputs['to-create'], '4', 'the stale read still shows the project before the first apply');
        assert.equal(second.outputs.applied, 'false', 'nothing more was written');
        assert.match(second.log, /already holds the planned hooks/);
        const flows = (lagging.project(projectId).services.identity.config as any).selfservice.flows;
        assert.deepEqual(urls(flows.registration.after.password.hooks), ['https://api.example.com/webhooks/welcome', 'session']);
        assert.equal(lagging.writes, 1);
      } finally {
        await lagging.close();
      }
    });

    test('a 409 loop (a writer before every patch) gives up with conflict, nothing of ours written, theirs all kept', async () => {
      const projectId = ory.addProject();
      for (let i = 0; i < 6; i++) {
        ory.concurrentEditBeforeNextPatch(projectId, (config: any) => {
          config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: `https://console.example.com/${i}`, method: 'POST' } });
        });
      }
      const result = await dispatch(projectId, SEED_MANIFEST);
      ory.clearFaults();
      assert.equal(result.code, 1, result.log);
      assert.equal(result.outputs['failure-reason'], 'conflict', result.log);
      assert.equal(result.outputs.applied, 'false');
      const flows = flowsOf(projectId);
      assert.deepEqual(urls(flows.registration.after.password.hooks), ['session'], 'nothing of ours');
      assert.equal(flows.login.before.hooks.length, 4, 'each of their writes that happened is kept');
      // the plan read and a re-read after each of the four 409s (three retries, then it gives up)
      assert.deepEqual(countsFor(projectId), { [GET_ROUTE]: 5, [PATCH_ROUTE]: 4 });
    });
  });

  describe('flow-level after lists', () => {
    const consoleFlowList = (projectId: string) =>
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.login.after.hooks = [
          { hook: 'web_hook', config: { url: 'https://console.example.com/every-login', method: 'POST' } },
          { hook: 'revoke_active_sessions' },
        ];
      });

    test('a webhook there is unmanaged in the plan, which says for which methods the list runs', async () => {
      const projectId = ory.addProject();
      consoleFlowList(projectId);
      const result = await dispatch(projectId, SEED_MANIFEST, { mode: 'plan' });
      assert.equal(result.code, 0, result.log);
      assert.match(result.log, /login\.after POST https:\/\/console\.example\.com\/every-login/);
      assert.match(result.log, /Flow-level list login\.after \(auth_method: global; web_hook POST https:\/\/console\.example\.com\/every-login, revoke_active_sessions\) runs now for password, oidc, code, webauthn, passkey, totp, lookup_secret, saml/);
      const plan = JSON.parse(result.planJson!);
      assert.deepEqual(plan.projects[0].unmanaged.map((u: any) => u.listKey), ['login.after']);
    });

    test('prune: true removes its webhook and keeps its other hooks', async () => {
      const projectId = ory.addProject();
      consoleFlowList(projectId);
      assertApplied(await dispatch(projectId, `prune: true\n${BODY_MANIFEST('function(ctx) {}')}`));
      assert.deepEqual(flowsOf(projectId).login.after.hooks, [{ hook: 'revoke_active_sessions' }]);
    });

    test('managed with auth_method: global, then updated in place; plan again has no changes', async () => {
      const projectId = ory.addProject();
      consoleFlowList(projectId);
      const manifest = (body: string) => `
actions:
  every_login:
    flow: login
    timing: after
    auth_method: global
    url: https://console.example.com/every-login
    body: "${body}"
    response_ignore: true
`;
      const result = await dispatch(projectId, manifest('function(ctx) { id: ctx.identity.id }'));
      assertApplied(result);
      assert.equal(result.outputs['to-update'], '1');
      const hooks = flowsOf(projectId).login.after.hooks;
      assert.deepEqual(hooks.map((h: any) => h.hook), ['web_hook', 'revoke_active_sessions']);
      assert.equal(hooks[0].config.response.ignore, true);
      const again = await dispatch(projectId, manifest('function(ctx) { id: ctx.identity.id }'), { mode: 'plan' });
      assert.equal(again.outputs['has-changes'], 'false', again.log);
    });

    test('the switch-off warning appears exactly when the first hook goes into an empty method list', async () => {
      const projectId = ory.addProject();
      consoleFlowList(projectId);
      const password = `
actions:
  pw:
    flow: login
    timing: after
    auth_method: password
    url: https://api.example.com/pw
    body: "function(ctx) {}"
`;
      const first = await dispatch(projectId, password);
      assertApplied(first);
      assert.match(first.log, /The first hook in login\.after\.password switches the flow-level list login\.after off for password: web_hook POST https:\/\/console\.example\.com\/every-login, revoke_active_sessions stop running for password/);
      // a second hook into the same list, now not empty: no warning
      const second = await dispatch(projectId, `${password}  pw2:\n    flow: login\n    timing: after\n    auth_method: password\n    url: https://api.example.com/pw2\n    body: "function(ctx) {}"\n`);
      assertApplied(second);
      assert.doesNotMatch(second.log, /switches the flow-level list/);
      // a project whose flow-level list is empty: nothing stops running, no warning
      const empty = ory.addProject();
      const quiet = await dispatch(empty, password, { mode: 'plan' });
      assert.equal(quiet.code, 0, quiet.log);
      assert.doesNotMatch(quiet.log, /switches the flow-level list/);
    });

    test('import covers the flow-level and saml lists, writing auth_method global and saml; the manifest plans to no changes', async () => {
      const projectId = ory.addProject();
      consoleFlowList(projectId);
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.registration.after.saml = { hooks: [{ hook: 'web_hook', config: { url: 'https://console.example.com/sso', method: 'POST' } }, { hook: 'session' }] };
      });
      const out = join(mkdtempSync(join(tmpdir(), 'ory-import-')), 'imported.yaml');
      const env = { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: KEY };
      const imported = await runChild(process.execPath, ['dist/cli.js', 'import', '--api-url', ory.url, '--project-id', projectId, '--out', out], { cwd: ROOT, env });
      assert.equal(imported.code, 0, imported.stderr);
      const text = readFileSync(out, 'utf8');
      assert.match(text, /flow: login\n\s+timing: after\n\s+auth_method: global\n\s+url: https:\/\/console\.example\.com\/every-login/);
      assert.match(text, /flow: registration\n\s+timing: after\n\s+auth_method: saml\n\s+url: https:\/\/console\.example\.com\/sso/);
      const again = await runChild(process.execPath, ['dist/cli.js', 'plan', '--detailed-exitcode', '--manifest', out, '--api-url', ory.url], { cwd: ROOT, env });
      assert.equal(again.code, 0, again.stdout + again.stderr);
      assert.match(again.stdout, /Plan: 0 to create, 0 to update, 0 to delete\./);
    });
  });
});
