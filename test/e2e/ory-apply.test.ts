/**
 * End to end: the bundled action against the Ory Network emulator, on Node 20 and Node 24,
 * for workflow_dispatch (apply), mode: plan and check, as a runner runs it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, nodeBinaries, runBundledAction, type RunResult, eachNode } from '../support/action-runner.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_e2e_0123456789';
const SEED_MANIFEST = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');

let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
});
after(async () => ory.close());

function inputs(projectId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId, ...extra };
}

function hooksOf(projectId: string, ...path: string[]): any[] {
  const config = ory.project(projectId).services.identity.config as any;
  return path.reduce((node, key) => node?.[key], config.selfservice.flows) as any[];
}

function assertOk(result: RunResult): void {
  assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
  assert.equal(result.outputs['failure-reason'], '');
}

for (const node of nodeBinaries()) {
  describe(`seed examples on ${node.name}`, () => {
    test('dispatch applies the four seed actions with one GET and one PATCH; a second run has no changes', async () => {
      const projectId = ory.addProject({ name: 'seed' });
      const workspace = makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST });
      ory.resetRequests();
      const first = await runBundledAction({ workspace, node: node.path, eventName: 'workflow_dispatch', inputs: inputs(projectId) });
      assertOk(first);
      assert.equal(first.outputs['has-changes'], 'true');
      assert.equal(first.outputs['to-create'], '4');
      assert.equal(first.outputs.applied, 'true');
      assert.match(first.outputs.fingerprint!, /^sha256:[0-9a-f]{64}$/);
      assert.deepEqual(ory.countByRoute(), { 'GET /projects/{id}': 1, 'PATCH /projects/{id}/revision/{rev}': 1 });
      assert.deepEqual(hooksOf(projectId, 'registration', 'after', 'password', 'hooks').map((h) => h.hook), ['web_hook', 'session']);
      assert.equal(hooksOf(projectId, 'verification', 'after', 'hooks')[0].config.url, 'https://api.example.com/webhooks/user-verified');
      assert.match(first.summary, /Plan: 4 to create, 0 to update, 0 to delete\./);
      const plan = JSON.parse(first.planJson!);
      assert.equal(plan.fingerprint, first.outputs.fingerprint);
      assert.deepEqual(plan.summary, { create: 4, update: 0, delete: 0 });
      assert.deepEqual(plan.projects[0].create.map((c: { action: string }) => c.action), ['welcome_email', 'validate_login', 'audit_log', 'sync_verified']);
      assert.deepEqual([plan.projects[0].update, plan.projects[0].delete, plan.projects[0].unmanaged], [[], [], []]);

      ory.resetRequests();
      const second = await runBundledAction({ workspace, node: node.path, eventName: 'workflow_dispatch', inputs: inputs(projectId) });
      assertOk(second);
      assert.equal(second.outputs['has-changes'], 'false');
      assert.equal(second.outputs.applied, 'false');
      assert.deepEqual(ory.countByRoute(), { 'GET /projects/{id}': 1 });
    });
  });
}

eachNode(() => {
  describe('modes', () => {
    test('mode: plan reads once and writes nothing; check fails with drift, then passes after apply', async () => {
      const projectId = ory.addProject();
      const workspace = makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST });
      ory.resetRequests();
      const writesBefore = ory.writes;
      const plan = await runBundledAction({ workspace, eventName: 'workflow_dispatch', inputs: inputs(projectId, { mode: 'plan' }) });
      assertOk(plan);
      assert.equal(plan.outputs['to-create'], '4');
      assert.deepEqual(ory.countByRoute(), { 'GET /projects/{id}': 1 });

      const drift = await runBundledAction({ workspace, eventName: 'schedule', inputs: inputs(projectId) });
      assert.equal(drift.code, 1);
      assert.equal(drift.outputs['failure-reason'], 'drift');
      assert.equal(ory.writes, writesBefore);

      assertOk(await runBundledAction({ workspace, eventName: 'workflow_dispatch', inputs: inputs(projectId, { mode: 'apply' }) }));
      assertOk(await runBundledAction({ workspace, eventName: 'schedule', inputs: inputs(projectId) }));
    });

    test('many actions over several projects cost one GET per project and one PATCH per changed project', async () => {
      const ids = [ory.addProject(), ory.addProject(), ory.addProject()];
      const lines = ['actions:'];
      for (let i = 0; i < 60; i++) {
        lines.push(`  hook_${i}:`, '    flow: registration', '    timing: after', '    auth_method: password', `    url: https://hooks.example.com/${i}`, `    project_id: ${ids[i % 2]}`);
      }
      const workspace = makeWorkspace({ 'ory-actions.yaml': lines.join('\n') + '\n' });
      ory.resetRequests();
      const result = await runBundledAction({ workspace, eventName: 'workflow_dispatch', inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url } });
      assertOk(result);
      assert.equal(result.outputs['to-create'], '60');
      assert.deepEqual(ory.countByRoute(), { 'GET /projects/{id}': 2, 'PATCH /projects/{id}/revision/{rev}': 2 });
      assert.equal(hooksOf(ids[0]!, 'registration', 'after', 'password', 'hooks').length, 31);
      assert.equal(hooksOf(ids[2]!, 'registration', 'after', 'password', 'hooks').length, 1, 'a project the manifest does not name is not touched');
    });
  });

  describe('Ory storing bodies at URLs', () => {
    for (const storeBodiesAs of ['sha512-url', 'opaque-url'] as const) {
      test(`bodies stored as ${storeBodiesAs}: apply, then plan again has no changes`, async () => {
        const other = await startOryEmulator({ workspaceKeys: [KEY], storeBodiesAs });
        try {
          const projectId = other.addProject();
          const workspace = makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST });
          const base = { 'ory-api-key': KEY, 'ory-api-url': other.url, 'project-id': projectId };
          assertOk(await runBundledAction({ workspace, eventName: 'workflow_dispatch', inputs: base }));
          const stored = (other.project(projectId).services.identity.config as any).selfservice.flows.registration.after.password.hooks[0].config.body;
          assert.match(stored, /^https:\/\//);
          const again = await runBundledAction({ workspace, eventName: 'schedule', inputs: base });
          assertOk(again);
          assert.equal(again.outputs['has-changes'], 'false');
          if (storeBodiesAs === 'opaque-url') assert.match(again.summary, /cannot be compared/);
        } finally {
          await other.close();
        }
      });
    }
  });
});
