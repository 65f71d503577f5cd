import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { YAML_PARSE_OPTIONS, parseYaml } from '../src/manifest/yaml-source.ts';
import { ROOT } from '../test/support/paths.ts';
import { generateManifest } from './manifest-generator.ts';
// @ts-expect-error: plain JavaScript (run by a bare node), without type declarations
import { FLOOR_PARSE_OPTIONS, parseLikeTheLoader } from './yaml-floor.mjs';

test('the parse floor parses with the loader’s options and gets the same document', () => {
  assert.deepEqual(FLOOR_PARSE_OPTIONS, { ...YAML_PARSE_OPTIONS });
  const text = generateManifest(20, ['11111111-1111-4111-8111-111111111111']).yaml;
  assert.deepEqual(parseLikeTheLoader(text).toJS(), parseYaml('m.yaml', text).doc.toJS());
});

test('the parse floor runs as a bare node script, and fails on a manifest that does not parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-floor-test-'));
  try {
    const good = join(dir, 'good.yaml');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(good, generateManifest(3, ['11111111-1111-4111-8111-111111111111']).yaml);
    writeFileSync(bad, 'actions:\n  a: [unclosed\n');
    const script = join(ROOT, 'bench', 'yaml-floor.mjs');
    const ok = spawnSync(process.execPath, [script, good], { cwd: dir, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const failed = spawnSync(process.execPath, [script, bad], { cwd: dir, encoding: 'utf8' });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /bad\.yaml did not parse/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
