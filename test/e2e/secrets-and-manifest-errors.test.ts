/**
 * Secrets never leave the run (logs, outputs, summary, plan JSON), and a bad manifest fails with
 * annotations at the right place before a single Ory request.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, type RunResult, eachNode } from '../support/action-runner.ts';
import { assertRunKeepsSecrets } from '../support/secret-check.ts';

const KEY = 'ory_wak_secret_test_key_9f8e7d';
const SECRETS = {
  HOOK_API_KEY: 'sk_live_4f9a8b7c6d5e4f3a2b1c',
  HOOK_PATH_TOKEN: 'tok-7c1e9d2b5a8f',
  BASIC_PASSWORD: 'hunter2-correct-horse',
};

const MANIFEST = `
actions:
  keyed:
    flow: registration
    timing: after
    auth_method: password
    url: https://hooks.example.com/keyed
    body: |
      function(ctx) { email: ctx.identity.traits.email }
    auth:
      type: api_key
      name: X-Api-Key
      value: \${{ env.HOOK_API_KEY }}
  secret_url:
    flow: login
    timing: after
    auth_method: password
    url: https://hooks.example.com/t/\${{ env.HOOK_PATH_TOKEN }}
  basic:
    flow: settings
    timing: after
    auth_method: profile
    url: https://hooks.example.com/basic
    auth:
      type: basic_auth
      user: ory
      password: \${{ env.BASIC_PASSWORD }}
`;

let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY], secrets: 'masked' });
});
after(async () => ory.close());

function assertNoSecret(result: RunResult, where: string): void {
  assertRunKeepsSecrets(result, [...Object.values(SECRETS), KEY], where);
}

eachNode(() => {
  describe('secrets', () => {
    test('env and auth secrets are masked for the runner and never printed, planned, summarised or output', async () => {
      const projectId = ory.addProject();
      const workspace = makeWorkspace({ 'ory-actions.yaml': MANIFEST });
      const run = (mode: string, event = 'workflow_dispatch') =>
        runBundledAction({ workspace, eventName: event, env: SECRETS, inputs: { mode, 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId } });
      const plan = await run('plan');
      assert.equal(plan.code, 0, plan.log);
      assertNoSecret(plan, 'plan');
      for (const secret of [...Object.values(SECRETS), KEY]) assert.ok(plan.stdout.includes(`::add-mask::${secret}`), 'registered with the runner');
      assert.match(plan.summary, /\$\{\{ env\.HOOK_PATH_TOKEN \}\}/, 'the plan shows the reference');
      const apply = await run('apply');
      assert.equal(apply.code, 0, apply.log);
      assertNoSecret(apply, 'apply');
      const stored = JSON.stringify(ory.project(projectId).services.identity.config);
      assert.ok(stored.includes(SECRETS.HOOK_API_KEY) && stored.includes(SECRETS.BASIC_PASSWORD), 'Ory received the real values');
      // Ory masks secrets on read: the next plan must neither diff nor print them.
      const again = await run('check', 'schedule');
      assert.equal(again.code, 0, again.log);
      assert.equal(again.outputs['has-changes'], 'false');
      assertNoSecret(again, 'check');
    });

    test('a secret-bearing live hook removed with prune is shown without its secret', async () => {
      const projectId = ory.addProject();
      const workspace = makeWorkspace({ 'ory-actions.yaml': MANIFEST });
      const base = { 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId };
      assert.equal((await runBundledAction({ workspace, eventName: 'workflow_dispatch', env: SECRETS, inputs: { ...base, mode: 'apply' } })).code, 0);
      workspace.write('ory-actions.yaml', 'prune: true\nactions: {}\n');
      const pruned = await runBundledAction({ workspace, eventName: 'workflow_dispatch', env: SECRETS, inputs: { ...base, mode: 'plan' } });
      assert.equal(pruned.code, 0, pruned.log);
      assert.equal(pruned.outputs['to-delete'], '3');
      assertNoSecret(pruned, 'prune plan');
    });
  });

  describe('manifest errors', () => {
    const cases: Array<{ name: string; manifest: string; env?: Record<string, string>; line: number; column: number; text: RegExp }> = [
      { name: 'an unknown key', manifest: 'actions:\n  a:\n    flow: login\n    timing: before\n    urll: https://x.example.com\n', line: 5, column: 5, text: /did you mean "url"/ },
      { name: 'a wrong flow', manifest: 'actions:\n  a:\n    flow: registraton\n    timing: before\n    url: https://x.example.com\n', line: 3, column: 11, text: /registration/ },
      { name: 'an auth_method the flow lacks', manifest: 'actions:\n  a:\n    flow: verification\n    timing: after\n    auth_method: password\n    url: https://x.example.com\n', line: 5, column: 18, text: /code|link/ },
      { name: 'response_ignore with response_parse', manifest: 'actions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com\n    response_ignore: true\n    response_parse: true\n', line: 6, column: 5, text: /response_parse/ },
      { name: 'a relative URL', manifest: 'actions:\n  a:\n    flow: login\n    timing: before\n    url: /hooks/a\n', line: 5, column: 10, text: /absolute|http/ },
      { name: 'an unset variable', manifest: 'actions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com/${{ env.NOT_SET_ANYWHERE }}\n', line: 5, column: 32, text: /NOT_SET_ANYWHERE/ },
      { name: 'a Jsonnet syntax error in a body', manifest: 'actions:\n  a:\n    flow: login\n    timing: before\n    url: https://x.example.com\n    body: |\n      function(ctx) {\n        email: ctx.identity.traits.email,,\n      }\n', line: 8, column: 42, text: /Jsonnet/ },
      { name: 'YAML that does not parse', manifest: 'actions:\n  a:\n    flow: [login\n', line: 4, column: 1, text: /./ },
    ];
    for (const c of cases) {
      test(`${c.name}: annotation at ${c.line}:${c.column}, invalid-manifest, zero Ory requests`, async () => {
        const projectId = ory.addProject();
        ory.resetRequests();
        const workspace = makeWorkspace({ 'ory-actions.yaml': c.manifest });
        const result = await runBundledAction({ workspace, eventName: 'workflow_dispatch', env: c.env ?? {}, inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId } });
        assert.equal(result.code, 1);
        assert.equal(result.outputs['failure-reason'], 'invalid-manifest', result.log);
        const annotations = result.log.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file=ory-actions.yaml,'));
        assert.ok(annotations.length > 0, result.log);
        assert.ok(annotations.some((a) => a.includes(`line=${c.line},`) && a.includes(`col=${c.column}`)), `expected ${c.line}:${c.column} in\n${annotations.join('\n')}`);
        assert.match(annotations.join('\n'), c.text);
        assert.deepEqual(ory.countByRoute(), {}, 'no request reached Ory');
      });
    }
  });
});
