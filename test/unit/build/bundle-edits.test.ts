/**
 * The build's plugins edit how dependencies load. These tests bundle small entries with them, run
 * the result in a child process, and check the behaviour is the one the plain packages have.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { build, type Plugin } from 'esbuild';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import * as plugins from '../../../scripts/bundle-edits/index.mjs';
import { ROOT } from '../../support/paths.ts';

const { builtinsThroughRequire, lazyAxiosFormData, undiciOnDemand } = plugins as Record<string, Plugin>;
const { undiciBundle, UNDICI_FILE } = plugins as { undiciBundle: (outDir: string) => Parameters<typeof build>[0]; UNDICI_FILE: string };
const work = mkdtempSync(join(tmpdir(), 'build-plugins-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` as the real build does (ESM for Node, with a require()) and runs it; returns its stdout. */
async function bundleAndRun(name: string, source: string, withPlugins: Plugin[]): Promise<{ stdout: string; bundle: string }> {
  const entry = join(work, `${name}.mjs`);
  const out = join(work, `${name}.bundle.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: true,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    nodePaths: [join(ROOT, 'node_modules')],
    plugins: withPlugins,
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  assert.deepEqual(result.errors, []);
  const child = spawnSync(process.execPath, [out], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const { readFileSync } = await import('node:fs');
  return { stdout: child.stdout.trim(), bundle: readFileSync(out, 'utf8') };
}

test('built-ins are required, not imported, and still give named and default exports', async () => {
  const { stdout, bundle } = await bundleAndRun(
    'builtins',
    "import fs, { readFileSync } from 'node:fs';\nimport * as path from 'path';\nconsole.log(JSON.stringify([typeof fs.statSync, typeof readFileSync, path.join('a', 'b')]));",
    [builtinsThroughRequire],
  );
  assert.deepEqual(JSON.parse(stdout), ['function', 'function', 'a/b']);
  assert.doesNotMatch(bundle, /^import .* from ["']node:fs["']/m, 'no ES module import of a built-in is left');
});

test('http2 loads on first use, and then answers like the module', async () => {
  const { stdout } = await bundleAndRun(
    'http2',
    "import http2 from 'http2';\nconst before = process.moduleLoadList.some((m) => m.includes('http2'));\n" +
      "const header = http2.constants.HTTP2_HEADER_PATH;\nconst afterUse = process.moduleLoadList.some((m) => m.includes('http2'));\n" +
      'console.log(JSON.stringify([before, header, afterUse, typeof http2.connect]));',
    [builtinsThroughRequire],
  );
  assert.deepEqual(JSON.parse(stdout), [false, ':path', true, 'function']);
});

test("axios's isFormData answers as before, and does not touch the global FormData for other bodies", async () => {
  const source = [
    `import utils from ${JSON.stringify(join(ROOT, 'node_modules', 'axios', 'lib', 'utils.js'))};`,
    'const { isFormData } = utils;',
    "const answers = [isFormData([1, 2]), isFormData({ a: 1 }), isFormData({ append() {} }), isFormData('text'), isFormData(null)];",
    "const undiciLoaded = () => process.moduleLoadList.some((m) => m.includes('undici'));",
    'const loadedBefore = undiciLoaded();',
    'answers.push(isFormData(new globalThis.FormData()));',
    'console.log(JSON.stringify({ answers, loadedBefore, loadedAfter: undiciLoaded() }));',
  ].join('\n');
  const { stdout } = await bundleAndRun('axios-formdata', source, [builtinsThroughRequire, lazyAxiosFormData]);
  // a plain object with an append method is not FormData either; a real one is
  assert.deepEqual(JSON.parse(stdout), { answers: [false, false, false, false, false, true], loadedBefore: false, loadedAfter: true });
});

test('undici stays out of the bundle and loads from undici.cjs beside it when an export is first read', async () => {
  await build(undiciBundle(work));
  const source = [
    "import { ProxyAgent, fetch } from 'undici';",
    "import * as undici from 'undici';",
    "const loaded = () => Object.keys(require.cache).some((file) => file.endsWith('/" + UNDICI_FILE + "'));",
    'const before = loaded();',
    "const agent = new ProxyAgent('http://proxy.invalid:3128');",
    'const after = loaded();',
    "console.log(JSON.stringify({ before, after, isAgent: agent instanceof undici.Dispatcher, fetch: typeof fetch, names: Object.keys(undici).includes('Agent') }));",
  ].join('\n');
  const { stdout, bundle } = await bundleAndRun('undici', source, [builtinsThroughRequire, undiciOnDemand]);
  assert.deepEqual(JSON.parse(stdout), { before: false, after: true, isAgent: true, fetch: 'function', names: true });
  assert.doesNotMatch(bundle, /node_modules\/undici\//, 'no undici module is inlined');
});
