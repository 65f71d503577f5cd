/**
 * Every body template in the repository's examples evaluates, for its action's sample ctx, to the
 * same JSON in our engine and in the reference `jsonnet` (Debian's package; CI installs it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { callFunction } from '../../../src/jsonnet/index.ts';
import { declaredEnvironmentNames, loadManifest } from '../../../src/manifest/index.ts';
import { mergeContext, sampleContext } from '../../../src/templates/index.ts';
import { ROOT } from '../../support/paths.ts';

const hasReference = spawnSync('jsonnet', ['--version']).status === 0;
const SKIP = hasReference ? false : 'the reference `jsonnet` binary is not on PATH (apt-get install jsonnet)';

function exampleBodies(): Array<{ where: string; source: string; ctx: unknown }> {
  const bodies: Array<{ where: string; source: string; ctx: unknown }> = [];
  for (const file of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'))) {
    const env = new Proxy({}, { get: (_t, name) => `example-${String(name)}` }) as Record<string, string>;
    const text = readFileSync(join(ROOT, 'examples', file), 'utf8');
    // a manifest with environments is loaded once for each
    const environments = declaredEnvironmentNames(text);
    for (const environment of environments.length > 0 ? environments : [undefined]) {
      const { manifest, diagnostics } = loadManifest({
        path: `examples/${file}`,
        text,
        readFile: (relative) => readFileSync(join(ROOT, 'examples', relative), 'utf8'),
        env,
        projectIdOverride: 'example-project',
        ...(environment !== undefined ? { environment } : {}),
      });
      assert.ok(manifest, `examples/${file} loads: ${JSON.stringify(diagnostics)}`);
      for (const action of manifest.actions) {
        if (!action.body) continue;
        bodies.push({ where: `${file}: ${action.name}${environment ? ` (${environment})` : ''}`, source: action.body.source, ctx: mergeContext(sampleContext(action.flow, action.timing, undefined), action.sampleCtx) });
      }
    }
  }
  return bodies;
}

test('example body templates evaluate like the reference jsonnet', { skip: SKIP }, () => {
  const bodies = exampleBodies();
  assert.ok(bodies.length >= 3, `found ${bodies.length} example bodies`);
  for (const body of bodies) {
    const ctx = JSON.stringify(body.ctx);
    const reference = spawnSync('jsonnet', ['--tla-code', `ctx=${ctx}`, '--ext-code', `ctx=${ctx}`, '-e', body.source], { encoding: 'utf8' });
    if (reference.status !== 0) {
      assert.throws(() => callFunction(body.source, [body.ctx]), /./, `${body.where}: the reference failed (${reference.stderr.trim()}), ours must too`);
      continue;
    }
    assert.deepEqual(callFunction(body.source, [body.ctx]), JSON.parse(reference.stdout), body.where);
  }
});
