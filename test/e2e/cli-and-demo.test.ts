/** The CLI (dist/cli.js) from a terminal, and `npm run demo`, against the emulator. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { nodeBinaries } from '../support/action-runner.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_cli_test_5566';
let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
});
after(async () => ory.close());

function run(args: string[], env: Record<string, string> = {}, node = process.execPath) {
  return runChild(node, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: KEY, ...env } });
}

for (const node of nodeBinaries()) {
  describe(`cli on ${node.name}`, () => {
    const cli = (args: string[]) => run(['dist/cli.js', ...args], {}, node.path);

    test('cli: plan (detailed exit code), apply --fingerprint, import writes a manifest that plans to no changes', async () => {
      const projectId = ory.addProject();
      const common = ['--manifest', 'examples/ory-actions.yaml', '--api-url', ory.url, '--project-id', projectId];
      const plan = await cli(['plan', '--detailed-exitcode', '--json', ...common]);
      assert.equal(plan.code, 2, plan.stderr);
      const json = JSON.parse(plan.stdout);
      assert.deepEqual(json.summary, { create: 4, update: 0, delete: 0 });

      const writes = ory.writes;
      const stale = await cli(['apply', '--fingerprint', 'sha256:not-what-was-reviewed', ...common]);
      assert.equal(stale.code, 1);
      assert.match(stale.stderr, /plan-changed/);
      assert.equal(ory.writes, writes);

      const apply = await cli(['apply', '--fingerprint', json.fingerprint, ...common]);
      assert.equal(apply.code, 0, apply.stderr);
      assert.match(apply.stdout, /Applied: Plan: 4 to create/);

      const out = join(mkdtempSync(join(tmpdir(), 'ory-import-')), 'imported.yaml');
      const imported = await cli(['import', '--api-url', ory.url, '--project-id', projectId, '--out', out]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(readFileSync(out, 'utf8'), /flow: registration/);
      const again = await cli(['plan', '--detailed-exitcode', '--manifest', out, '--api-url', ory.url]);
      assert.equal(again.code, 0, again.stdout + again.stderr);
      assert.match(again.stdout, /Plan: 0 to create, 0 to update, 0 to delete\./);
    });

    test('cli: import turns secrets into env references and never prints them', async () => {
      const projectId = ory.addProject();
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({
          hook: 'web_hook',
          config: { url: 'https://hooks.example.com/keyed', method: 'POST', auth: { type: 'api_key', config: { name: 'X-Key', value: 'sk_live_very_secret_123', in: 'header' } } },
        });
      });
      const imported = await cli(['import', '--api-url', ory.url, '--project-id', projectId]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /value: \$\{\{ env\.LOGIN_BEFORE_KEYED_API_KEY \}\}/);
      assert.equal((imported.stdout + imported.stderr).includes('sk_live_very_secret_123'), false);
    });
  });
}

test('npm run demo: plan, apply and a second plan with no changes, against the built-in emulator', async () => {
  const demo = await run(['--import', 'tsx', 'scripts/demo.ts']);
  assert.equal(demo.code, 0, demo.stdout + demo.stderr);
  assert.match(demo.stdout, /Plan: 4 to create, 0 to update, 0 to delete\./);
  assert.match(demo.stdout, /Ory requests in all: 3 x GET \/projects\/\{id\}, 1 x PATCH/);
  assert.match(demo.stdout, /web_hook -> session/);
});
