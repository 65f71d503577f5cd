// The bundle edits of the build (scripts/build.mjs): each removes a cost from every run of the bundle
// without changing what the code does. What each one changes, why, what it saved when measured and how
// the build fails when a dependency changes under it: README.md beside this file. Kept apart so tests
// can build small entries with them, and so `npm run bench -- --edits` can build without each one.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Resolves packages as the project does (for the ones a plugin bundles apart or inspects). */
const requireFromRoot = createRequire(join(root, 'package.json'));

/**
 * An edit that matches a dependency's private file fails the build, loudly, when the dependency changes
 * under it: once any file of `pkg` is bundled, `file` must be bundled too, hold each of `texts`, and the
 * edit must have matched (`matched()`) by the end of the build. Without this, an upgrade would drop the
 * edit in silence and only the benchmark would notice.
 */
export function failWhenUnmatched(esbuild, edit, { pkg, file, texts, matched }) {
  const fail = (text) => ({ errors: [{ text: `bundle edit ${edit}: ${text}; the dependency changed under the edit: review it (scripts/bundle-edits/README.md)` }] });
  let packageSeen = false;
  let fileSeen = false;
  esbuild.onStart(() => {
    packageSeen = false;
    fileSeen = false;
  });
  esbuild.onLoad({ filter: pkg }, (args) => {
    packageSeen = true;
    if (!file.test(args.path)) return undefined;
    fileSeen = true;
    const source = readFileSync(args.path, 'utf8');
    const missing = texts.filter((text) => !source.includes(text));
    return missing.length > 0 ? fail(`${args.path} no longer contains ${missing.map((t) => JSON.stringify(t)).join(', ')}`) : undefined;
  });
  esbuild.onEnd(() => {
    if (!packageSeen) return undefined;
    if (!fileSeen) return fail(`a file matching ${file} is no longer bundled`);
    return matched() ? undefined : fail(`it matched nothing in ${file}`);
  });
}

// The manifest's schema validator, compiled now into plain code: a run then neither compiles the
// schema nor loads ajv's compiler (about 250 KiB of bundle and 100 ms of every run).
const MANIFEST_SCHEMA_MODULE = /[\\/]src[\\/]manifest[\\/]schema\.ts$/;
export const precompiledManifestValidator = {
  name: 'precompiled-manifest-validator',
  setup(esbuild) {
    let matched = false;
    esbuild.onStart(() => void (matched = false));
    // Our own file, but the same rule: if the validator moves, the build says so instead of shipping ajv's compiler.
    failWhenUnmatched(esbuild, 'precompiled-manifest-validator', { pkg: MANIFEST_SCHEMA_MODULE, file: MANIFEST_SCHEMA_MODULE, texts: ["from './schema-validator.ts'"], matched: () => matched });
    esbuild.onLoad({ filter: /src[\\/]manifest[\\/]schema-validator\.ts$/ }, () => {
      matched = true;
      return {
        contents: "import validate from 'virtual:manifest-validator';\nexport function compileManifestValidator() { return validate; }\n",
        loader: 'js',
        resolveDir: root,
      };
    });
    esbuild.onResolve({ filter: /^virtual:manifest-validator$/ }, () => ({ path: 'manifest-validator', namespace: 'ajv-standalone' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'ajv-standalone' }, async () => {
      const options = JSON.parse(readFileSync(new URL('../../src/manifest/ajv-options.json', import.meta.url), 'utf8'));
      const schema = JSON.parse(readFileSync(new URL('../../schema/ory-actions.schema.json', import.meta.url), 'utf8'));
      const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
      return { contents: standaloneCode.default(ajv, ajv.compile(schema)), loader: 'js', resolveDir: root };
    });
  },
};


// Not a speed edit (the 10 ms rule is not its business): the project's package.json, imported for the
// CLI's --version, goes into the bundle as its version alone: its scripts and dependency lists are not
// the CLI's business, and a devDependency bump then leaves dist/ as it was.
export const packageVersionOnly = {
  name: 'package-version-only',
  setup(esbuild) {
    const projectManifest = join(root, 'package.json');
    esbuild.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== projectManifest) return undefined;
      const { version } = JSON.parse(readFileSync(projectManifest, 'utf8'));
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

// axios's fetch adapter (see stubs/axios-fetch-adapter.mjs for why it is not loaded).
const AXIOS = /[\\/]node_modules[\\/]axios[\\/]/;
const AXIOS_ADAPTERS = /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/;
export const skipAxiosFetchAdapter = {
  name: 'skip-axios-fetch-adapter',
  setup(esbuild) {
    let matched = false;
    esbuild.onStart(() => void (matched = false));
    failWhenUnmatched(esbuild, 'skip-axios-fetch-adapter', { pkg: AXIOS, file: AXIOS_ADAPTERS, texts: ["import * as fetchAdapter from './fetch.js';"], matched: () => matched });
    esbuild.onResolve({ filter: /^\.\/fetch\.js$/ }, (args) => {
      if (!AXIOS_ADAPTERS.test(args.importer)) return undefined;
      matched = true;
      return { path: fileURLToPath(new URL('./stubs/axios-fetch-adapter.mjs', import.meta.url)) };
    });
  },
};

// Node's built-in modules are loaded with require(), not import. An ES module import of a built-in
// makes Node build a facade holding every export, which reads each lazy getter: `node:http`'s
// WebSocket getter alone loads Node's internal undici (about 35 ms of every run, for a class we
// never use). require() returns the module object and leaves its getters alone.
const BUILTIN = new RegExp(`^(node:)?(${builtinModules.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
// Built-ins only a path we never take needs (axios's HTTP/2 transport): loaded when first touched.
const ON_FIRST_USE = new Set(['http2']);
export const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(esbuild) {
    esbuild.onResolve({ filter: BUILTIN }, (args) =>
      args.namespace === 'node-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'node-builtin' },
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
      contents: ON_FIRST_USE.has(args.path.replace(/^node:/, ''))
        ? `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => key === '__esModule' ? undefined : (loaded ??= require(${JSON.stringify(args.path)}))[key] });`
        : `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// axios reads the global FormData when it loads, to recognise FormData request bodies; on Node that
// getter loads Node's internal undici. The read is moved to the first time a body looks like FormData
// (has an append method), which keeps the answer for every input and costs nothing for ours (JSON).
// The build fails if axios changes these lines, so the edit is never silently lost.
const AXIOS_UTILS = /[\\/]axios[\\/]lib[\\/]utils\.js$/;
const EAGER_FORMDATA_READ = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";
const FORMDATA_INSTANCE_CHECK = '  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n';
const FORMDATA_APPEND_CHECK = '  if (!isFunction(thing.append)) return false;\n';
export const lazyAxiosFormData = {
  name: 'lazy-axios-formdata',
  setup(esbuild) {
    let matched = false;
    esbuild.onStart(() => void (matched = false));
    // registered first: it sees utils.js before the edit below replaces its contents
    failWhenUnmatched(esbuild, 'lazy-axios-formdata', {
      pkg: AXIOS,
      file: AXIOS_UTILS,
      texts: [EAGER_FORMDATA_READ, FORMDATA_INSTANCE_CHECK, FORMDATA_APPEND_CHECK],
      matched: () => matched,
    });
    esbuild.onLoad({ filter: AXIOS_UTILS }, (args) => {
      matched = true;
      const contents = readFileSync(args.path, 'utf8')
        .replace(EAGER_FORMDATA_READ, "let formDataCtor;\nconst FormDataCtor = () => (formDataCtor ??= typeof G.FormData !== 'undefined' ? G.FormData : null);")
        .replace(FORMDATA_INSTANCE_CHECK, '')
        .replace(FORMDATA_APPEND_CHECK, FORMDATA_APPEND_CHECK + '  if (FormDataCtor() && thing instanceof FormDataCtor()) return true;\n');
      return { contents, loader: 'js' };
    });
  },
};

// undici (777 KiB, 39% of the action's bundle) is kept out of the bundle: @actions/github and
// @actions/http-client import it, but the GitHub client fetches over axios (src/github/transport.ts),
// so a run never needs it unless something reaches one of its exports (a proxy dispatcher for the
// toolkit's own HTTP client). Those exports are getters that load the real package, bundled on its
// own beside the bundle as `undici.cjs` (see undiciBundle), on first read. Compiling and running it
// at every start cost a pull-request run about 40 ms.
export const UNDICI_FILE = 'undici.cjs';
export const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'undici-on-demand' }));
    esbuild.onResolve({ filter: new RegExp(`^\\./${UNDICI_FILE.replace('.', '\\.')}$`), namespace: 'undici-on-demand' }, (args) => ({ path: args.path, external: true }));
    esbuild.onLoad({ filter: /.*/, namespace: 'undici-on-demand' }, () => {
      const names = Object.keys(requireFromRoot('undici')).filter((name) => name !== 'default' && name !== '__esModule');
      return {
        contents: [
          "'use strict';",
          'let real;',
          `const load = () => (real ??= require('./${UNDICI_FILE}'));`,
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** The esbuild options that bundle undici alone, as `outDir/undici.cjs`, for undiciOnDemand. */
export function undiciBundle(outDir) {
  return {
    entryPoints: [requireFromRoot.resolve('undici')],
    outfile: join(outDir, UNDICI_FILE),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
  };
}

// @actions/artifact (with @azure/storage-blob, archiver and their dependencies, about 2.8 MB) is only
// needed when a plan is cut to fit and kept whole as a workflow artifact (src/action/artifact-upload.ts
// imports it on demand). It is built on its own beside the bundle as `artifact.js` (see artifactBundle);
// in the bundle its import becomes an import of that file, made when the upload happens.
export const ARTIFACT_FILE = 'artifact.js';
export const artifactOnDemand = {
  name: 'artifact-on-demand',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@actions\/artifact$/ }, (args) => {
      if (args.kind !== 'dynamic-import') {
        return { errors: [{ text: `bundle edit artifact-on-demand: ${args.importer} imports @actions/artifact statically; import it with import() so the bundle loads it on demand (scripts/bundle-edits/README.md)` }] };
      }
      return { path: `./${ARTIFACT_FILE}`, external: true };
    });
  },
};

/**
 * The esbuild options that bundle @actions/artifact alone, as `outDir/artifact.js`, for artifactOnDemand:
 * with `common` (the main bundles' options) and the other edits, so it shares `undici.cjs` beside it.
 */
export function artifactBundle(outDir, common) {
  return {
    ...common,
    plugins: common.plugins.filter((plugin) => plugin !== artifactOnDemand),
    stdin: { contents: "export { DefaultArtifactClient } from '@actions/artifact';", resolveDir: root, sourcefile: 'artifact-entry.js', loader: 'js' },
    outfile: join(outDir, ARTIFACT_FILE),
  };
}

// The `form-data` package, replaced by a stand-in that refuses to build a multipart body (see the stub).
export const formDataStub = { name: 'form-data-stub', alias: { 'form-data': fileURLToPath(new URL('./stubs/form-data.cjs', import.meta.url)) } };

/** Every edit, in the order the build applies them. */
export const BUNDLE_EDITS = [builtinsThroughRequire, lazyAxiosFormData, precompiledManifestValidator, skipAxiosFetchAdapter, undiciOnDemand, artifactOnDemand, formDataStub];

/** The esbuild plugins and aliases of the edits, leaving out those named in `without` (to measure them). */
export function bundleEdits(without = new Set()) {
  const kept = BUNDLE_EDITS.filter((edit) => !without.has(edit.name));
  const unknown = [...without].filter((name) => !BUNDLE_EDITS.some((edit) => edit.name === name));
  if (unknown.length > 0) throw new Error(`no bundle edit is named ${unknown.join(', ')}; the edits are ${BUNDLE_EDITS.map((e) => e.name).join(', ')}`);
  return {
    plugins: kept.filter((edit) => edit.setup),
    alias: Object.assign({}, ...kept.filter((edit) => edit.alias).map((edit) => edit.alias)),
  };
}
