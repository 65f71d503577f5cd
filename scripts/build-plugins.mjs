// The esbuild plugins of the build (scripts/build.mjs): each removes a cost from every run of the
// bundle without changing what the code does. Kept apart so tests can build small entries with them.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Resolves packages as the project does (for the ones a plugin bundles apart or inspects). */
const requireFromRoot = createRequire(join(root, 'package.json'));

// The manifest's schema validator, compiled now into plain code: a run then neither compiles the
// schema nor loads ajv's compiler (about 250 KiB of bundle and 100 ms of every run).
export const precompiledManifestValidator = {
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

// The project's package.json, imported for the CLI's --version, goes into the bundle as its version
// alone: its scripts and dependency lists are not the CLI's business, and a devDependency bump then
// leaves dist/ as it was.
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

// Parts of the toolkit we never call (the OIDC client and the platform probe of @actions/core pull in
// an HTTP client and undici) are declared free of side effects, so the bundle leaves them out when
// unused. Modules that are used stay, whatever this says.
const PURE_WHEN_UNUSED = /^(\.\/oidc-utils\.js|\.\/platform\.js|@actions\/exec|@actions\/io|@actions\/http-client(\/.*)?)$/;
export const dropUnusedToolkitParts = {
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
export const skipAxiosFetchAdapter = {
  name: 'skip-axios-fetch-adapter',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/fetch\.js$/ }, (args) =>
      /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(args.importer)
        ? { path: fileURLToPath(new URL('./bundle-stubs/axios-fetch-adapter.mjs', import.meta.url)) }
        : undefined,
    );
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
// getter loads Node's internal undici (about 35 ms). The read is moved to the first time a body looks
// like FormData (has an append method), which keeps the answer for every input and costs nothing for
// ours (JSON). The build fails if axios changes these lines, so the edit is never silently lost.
export const lazyAxiosFormData = {
  name: 'lazy-axios-formdata',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]axios[\\/]lib[\\/]utils\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eagerRead = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";
      const instanceCheck = '  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n';
      const appendCheck = '  if (!isFunction(thing.append)) return false;\n';
      for (const line of [eagerRead, instanceCheck, appendCheck]) {
        if (!source.includes(line)) throw new Error(`lazy-axios-formdata: axios/lib/utils.js no longer contains ${JSON.stringify(line)}; review the edit`);
      }
      const contents = source
        .replace(eagerRead, "let formDataCtor;\nconst FormDataCtor = () => (formDataCtor ??= typeof G.FormData !== 'undefined' ? G.FormData : null);")
        .replace(instanceCheck, '')
        .replace(appendCheck, appendCheck + '  if (FormDataCtor() && thing instanceof FormDataCtor()) return true;\n');
      return { contents, loader: 'js' };
    });
  },
};

// axios's HTTPS proxy agent, loaded on first use (see the stub for why). Only axios's import is
// redirected; the stub itself then requires the real package.
export const httpsProxyAgentOnDemand = {
  name: 'https-proxy-agent-on-demand',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^https-proxy-agent$/ }, (args) =>
      /[\\/]axios[\\/]lib[\\/]adapters[\\/]http\.js$/.test(args.importer)
        ? { path: fileURLToPath(new URL('./bundle-stubs/https-proxy-agent-on-demand.cjs', import.meta.url)) }
        : undefined,
    );
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
