// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// The output is deterministic: CI rebuilds and fails when dist/ differs from the commit.
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The manifest's schema validator, compiled now into plain code: a run then neither compiles the
// schema nor loads ajv's compiler (about 250 KiB of bundle and 100 ms of every run).
const precompiledManifestValidator = {
  name: 'precompiled-manifest-validator',
  setup(esbuild) {
    esbuild.onLoad({ filter: /src[\\/]manifest[\\/]schema-validator\.ts$/ }, () => ({
      contents: "import validate from 'virtual:manifest-validator';\nexport function compileManifestValidator() { return validate; }\n",
      loader: 'js',
      resolveDir: root,
    }));
    esbuild.onResolve({ filter: /^virtual:manifest-validator$/ }, () => ({ path: 'manifest-validator', namespace: 'ajv-standalone' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'ajv-standalone' }, async () => {
      const options = JSON.parse(readFileSync(new URL('../src/manifest/ajv-options.json', import.meta.url), 'utf8'));
      const schema = JSON.parse(readFileSync(new URL('../schema/ory-actions.schema.json', import.meta.url), 'utf8'));
      const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
      return { contents: standaloneCode.default(ajv, ajv.compile(schema)), loader: 'js', resolveDir: root };
    });
  },
};

const outDir = process.env.BUILD_OUT_DIR ?? 'dist';
rmSync(outDir, { recursive: true, force: true });

// Parts of the toolkit we never call (the OIDC client and the platform probe of @actions/core pull in
// an HTTP client and undici) are declared free of side effects, so the bundle leaves them out when
// unused. Modules that are used stay, whatever this says.
const PURE_WHEN_UNUSED = /^(\.\/oidc-utils\.js|\.\/platform\.js|@actions\/exec|@actions\/io|@actions\/http-client(\/.*)?)$/;
const dropUnusedToolkitParts = {
  name: 'drop-unused-toolkit-parts',
  setup(esbuild) {
    esbuild.onResolve({ filter: PURE_WHEN_UNUSED }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await esbuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, sideEffects: false };
    });
  },
};

// axios's fetch adapter (see scripts/bundle-stubs/axios-fetch-adapter.mjs for why it is not loaded).
const skipAxiosFetchAdapter = {
  name: 'skip-axios-fetch-adapter',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/fetch\.js$/ }, (args) =>
      /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(args.importer)
        ? { path: fileURLToPath(new URL('./bundle-stubs/axios-fetch-adapter.mjs', import.meta.url)) }
        : undefined,
    );
  },
};

import { builtinModules } from 'node:module';
const BUILTIN = new RegExp('^(node:)?(' + builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|') + ')$');
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(esbuild) {
    esbuild.onResolve({ filter: BUILTIN }, (args) => args.namespace === 'node-builtin' ? { path: args.path, external: true } : ({ path: args.path, namespace: 'node-builtin' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
const lazyAxiosFormData = {
  name: 'lazy-axios-formdata',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]axios[\\/]lib[\\/]utils\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      const before = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";
      const check = '  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n';
      const after = '  if (!isFunction(thing.append)) return false;\n';
      if (!text.includes(before) || !text.includes(check) || !text.includes(after)) throw new Error('axios utils.js changed');
      text = text.replace(before, "let formDataCtor; const FormDataCtor = () => (formDataCtor ??= typeof G.FormData !== 'undefined' ? G.FormData : null);");
      text = text.replace(check, '');
      text = text.replace(after, after + '  if (FormDataCtor() && thing instanceof FormDataCtor()) return true;\n');
      return { contents: text, loader: 'js' };
    });
  },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none', minify: process.env.X_MINIFY === '1', minifyWhitespace: process.env.X_MINIFY === 'ws',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: false,
  // Prefer dependencies' ES module builds: they tree-shake (e.g. @ory/client's hundreds of unused
  // API classes), which shrinks the bundle by about 40% and its load time with it.
  mainFields: ['module', 'main'],
  plugins: [...(process.env.X_REQ ? [builtinsThroughRequire] : []), ...(process.env.X_AX ? [lazyAxiosFormData] : []), precompiledManifestValidator, dropUnusedToolkitParts, skipAxiosFetchAdapter],
  alias: { 'form-data': './scripts/bundle-stubs/form-data.cjs' },
  // CommonJS dependencies (axios, tunnel, ...) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outDir}/index.js` });
await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: `${outDir}/cli.js`,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
