/**
 * Every malformed manifest of the loader's table, run through the bundle: it fails with
 * invalid-manifest, annotates the expected line and column, and not one request reaches Ory.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, eachNode } from '../support/action-runner.ts';
import { MALFORMED_CASES } from '../unit/manifest/malformed-cases.ts';

const KEY = 'ory_wak_malformed_e2e';
let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
  ory.addProject({ id: 'p1' });
});
after(async () => ory.close());

eachNode(() => {
  test(`all ${MALFORMED_CASES.length} malformed manifests fail with annotations and zero Ory requests`, async () => {
    assert.ok(MALFORMED_CASES.length >= 40);
    ory.resetRequests();
    const misses: string[] = [];
    for (const c of MALFORMED_CASES) {
      const path = c.path ?? 'ory-actions.yaml';
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      const files: Record<string, string> = { [path]: c.text };
      for (const [name, content] of Object.entries(c.files ?? {})) files[dir + name] = content;
      const result = await runBundledAction({
        workspace: makeWorkspace(files),
        eventName: 'workflow_dispatch',
        env: c.env ?? {},
        inputs: { manifest: path, 'ory-api-key': KEY, 'ory-api-url': ory.url, ...(c.projectIdOverride ? { 'project-id': c.projectIdOverride } : {}) },
      });
      const annotations = result.log.split('\n').filter((l) => l.startsWith('::error ') && l.includes(`file=${path},`));
      const placed = annotations.some((a) => a.includes(`line=${c.expect.line},`) && a.includes(`col=${c.expect.column}::`));
      if (result.code !== 1 || result.outputs['failure-reason'] !== 'invalid-manifest' || !placed) {
        misses.push(`${c.name}: exit ${result.code}, reason "${result.outputs['failure-reason']}", annotations:\n${annotations.join('\n')}`);
      }
    }
    assert.deepEqual(misses, []);
    assert.deepEqual(ory.countByRoute(), {}, 'no request reached Ory');
  });
});
