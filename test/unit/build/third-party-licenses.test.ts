import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import { thirdPartyLicenses } from '../../../scripts/third-party-licenses.mjs';
import { ROOT } from '../../support/paths.ts';

const render = thirdPartyLicenses as (root: string, metafiles: Array<{ inputs: Record<string, unknown> }>) => string;

test('lists each bundled package once, sorted, with its license text; our own sources are not third-party', () => {
  const text = render(ROOT, [
    { inputs: { 'node_modules/yaml/dist/index.js': {}, 'src/manifest/load.ts': {}, 'node_modules/@actions/core/lib/core.js': {} } },
    { inputs: { 'node_modules/yaml/dist/compose/composer.js': {} } },
  ]);
  const headings = [...text.matchAll(/^(\S+@\d\S*) \((.+)\)$/gm)].map((m) => m[1]!.replace(/@[^@]+$/, ''));
  assert.deepEqual(headings, ['@actions/core', 'yaml']);
  assert.match(text, /Copyright Eemeli Aro/);
  assert.doesNotMatch(text, /src\/manifest/);
});

test('a package whose license lives only in its README gets that section (agent-base)', () => {
  const text = render(ROOT, [{ inputs: { 'node_modules/agent-base/dist/src/index.js': {} } }]);
  assert.match(text, /agent-base@[\d.]+ \(MIT\)/);
  assert.match(text, /Copyright \(c\) 2013 Nathan Rajlich/);
  assert.match(text, /Permission is hereby granted/);
});

test('dist/licenses.txt covers the bundles loaded on demand too (undici.cjs, artifact.js)', () => {
  const text = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8');
  for (const name of ['undici', '@actions/artifact', '@azure/storage-blob', 'archiver', '@protobuf-ts/runtime', 'jwt-decode']) {
    assert.match(text, new RegExp(`^${name.replace(/[/.]/g, '\\$&')}@\\d\\S* \\(`, 'm'), `${name} is listed`);
  }
  assert.match(text, /^Third-party software in the bundles of dist\/ \(index\.js, cli\.js, undici\.cjs, artifact\.js\)/);
});
