/**
 * The build's plugins edit how dependencies load. These tests bundle small entries with them, run
 * the result in a child process, and check the behaviour is the one the plain packages have.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { build, type Plugin } from 'esbuild';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import * as plugins from '../../../scripts/bundle-edits/index.mjs';
import { ROOT } from '../../support/paths.ts';

const { builtinsThroughRequire, lazyAxiosFormData, skipAxiosFetchAdapter, undiciOnDemand, artifactOnDemand } = plugins as Record<string, Plugin>;
const { failWhenUnmatched } = plugins as {
  failWhenUnmatched: (esbuild: Parameters<Plugin['setup']>[0], edit: string, guard: { pkg: RegExp; file: RegExp; texts: string[]; matched: () => boolean }) => void;
};
const { undiciBundle, UNDICI_FILE } = plugins as { undiciBundle: (outDir: string) => Parameters<typeof build>[0]; UNDICI_FILE: string };
const { artifactBundle, ARTIFACT_FILE } = plugins as { artifactBundle: (outDir: string, common: Parameters<typeof build>[0]) => Parameters<typeof build>[0]; ARTIFACT_FILE: string };
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

test('@actions/artifact stays out of the bundle and is imported from artifact.js beside it when an upload needs it', async () => {
  await build(undiciBundle(work));
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    logLevel: 'silent' as const,
    mainFields: ['module', 'main'],
    plugins: [builtinsThroughRequire!, undiciOnDemand!, artifactOnDemand!],
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  };
  await build(artifactBundle(work, common));
  const source = [
    "const { DefaultArtifactClient } = await import('@actions/artifact');",
    "console.log(JSON.stringify({ client: typeof new DefaultArtifactClient().uploadArtifact }));",
  ].join('\n');
  const { stdout, bundle } = await bundleAndRun('artifact', source, [builtinsThroughRequire!, undiciOnDemand!, artifactOnDemand!]);
  assert.deepEqual(JSON.parse(stdout), { client: 'function' });
  assert.ok(bundle.includes(`import("./${ARTIFACT_FILE}")`), 'the import is of the file beside the bundle');
  assert.doesNotMatch(bundle, /node_modules\/@(actions\/artifact|azure)\//, 'no artifact module is inlined');
  // a static import would load it at every start: the build refuses it
  const errors = await buildErrors('artifact-static', {}, "import { DefaultArtifactClient } from '@actions/artifact';\nconsole.log(DefaultArtifactClient);\n", [artifactOnDemand!]);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /bundle edit artifact-on-demand: .*imports @actions\/artifact statically; import it with import\(\)/);
});

/** Builds `entry` beside a node_modules of its own (a stand-in dependency) and returns the build's error texts. */
async function buildErrors(name: string, files: Record<string, string>, entrySource: string, withPlugins: Plugin[]): Promise<string[]> {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entry.mjs'), entrySource);
  try {
    await build({ entryPoints: [join(dir, 'entry.mjs')], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'silent', plugins: withPlugins });
    return [];
  } catch (error) {
    return ((error as { errors?: Array<{ text: string }> }).errors ?? []).map((e) => e.text);
  }
}

test('an edit of a private file fails the build loudly when the dependency changes under it', async () => {
  const guarded = (texts: string[]): Plugin => ({
    name: 'guarded',
    setup(esbuild) {
      let matched = false;
      esbuild.onStart(() => void (matched = false));
      failWhenUnmatched(esbuild, 'guarded', { pkg: /[\\/]node_modules[\\/]dep[\\/]/, file: /[\\/]dep[\\/]lib[\\/]inner\.js$/, texts, matched: () => matched });
      esbuild.onResolve({ filter: /^\.\/helper\.js$/ }, (args) => {
        if (!/inner\.js$/.test(args.importer)) return undefined;
        matched = true;
        return undefined;
      });
    },
  });
  const dependency = (inner: string | undefined) => ({
    'node_modules/dep/package.json': '{"name":"dep","main":"index.js"}',
    'node_modules/dep/index.js': inner === undefined ? 'export const x = 1;' : "export { x } from './lib/inner.js';",
    ...(inner === undefined ? {} : { 'node_modules/dep/lib/inner.js': inner, 'node_modules/dep/lib/helper.js': 'export const y = 2;' }),
  });
  const entry = "import { x } from 'dep';\nconsole.log(x);";
  assert.deepEqual(await buildErrors('guard-ok', dependency("import { y } from './helper.js';\nexport const x = y;"), entry, [guarded(["from './helper.js'"])]), []);
  const changedText = await buildErrors('guard-text', dependency("import { y } from './helper.js';\nexport const x = y;"), entry, [guarded(['a line axios no longer has'])]);
  assert.match(changedText.join('\n'), /bundle edit guarded: .*inner\.js no longer contains "a line axios no longer has"; the dependency changed under the edit: review it/);
  const fileGone = await buildErrors('guard-file', dependency(undefined), entry, [guarded([])]);
  assert.match(fileGone.join('\n'), /bundle edit guarded: a file matching .*inner.* is no longer bundled/);
  const neverMatched = await buildErrors('guard-match', dependency('export const x = 3;'), entry, [guarded([])]);
  assert.match(neverMatched.join('\n'), /bundle edit guarded: it matched nothing/);
  // a build that does not bundle the dependency at all asks nothing of the edit
  assert.deepEqual(await buildErrors('guard-absent', {}, 'console.log(1);', [guarded(['x'])]), []);
});

test("the project's own edits build against today's dependencies, and refuse a changed axios", async () => {
  const axiosFiles = (adapters: string) => ({
    'node_modules/axios/package.json': '{"name":"axios","main":"index.js"}',
    'node_modules/axios/index.js': "export { adapters } from './lib/adapters/adapters.js';",
    'node_modules/axios/lib/adapters/adapters.js': adapters,
    'node_modules/axios/lib/adapters/fetch.js': 'export const getFetch = () => fetch;',
  });
  const entry = "import { adapters } from 'axios';\nconsole.log(adapters);";
  assert.deepEqual(await buildErrors('fetch-ok', axiosFiles("import * as fetchAdapter from './fetch.js';\nexport const adapters = [fetchAdapter];"), entry, [skipAxiosFetchAdapter]), []);
  const renamed = await buildErrors('fetch-renamed', axiosFiles("import * as fetchAdapter from './fetch-adapter.js';\nexport const adapters = [fetchAdapter];"), entry, [skipAxiosFetchAdapter]);
  assert.match(renamed.join('\n'), /bundle edit skip-axios-fetch-adapter: .*adapters\.js no longer contains "import \* as fetchAdapter from '\.\/fetch\.js';"/);
});
