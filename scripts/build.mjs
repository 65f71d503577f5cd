// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, and beside them what the action
// loads on demand (dist/undici.cjs, dist/artifact.js).
// The output is deterministic: CI rebuilds and fails when dist/ differs from the commit.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { artifactBundle, bundleEdits, packageVersionOnly, undiciBundle } from './bundle-edits/index.mjs';
import { thirdPartyLicenses } from './third-party-licenses.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const outDir = process.env.BUILD_OUT_DIR ?? 'dist';
// For measuring what each bundle edit saves (`npm run bench -- --edits`): edits named here are left out.
const edits = bundleEdits(new Set((process.env.BUILD_WITHOUT ?? '').split(',').filter(Boolean)));
rmSync(outDir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  // Prefer dependencies' ES module builds: they tree-shake (e.g. @ory/client's hundreds of unused
  // API classes), which shrinks the bundle by about 40% and its load time with it.
  mainFields: ['module', 'main'],
  // The bundle edits: scripts/bundle-edits/README.md says what each changes, why, and what it saves.
  plugins: [...edits.plugins, packageVersionOnly],
  alias: edits.alias,
  // CommonJS dependencies (axios, tunnel, ...) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
};

const action = await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outDir}/index.js` });
const cli = await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: `${outDir}/cli.js`,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
const undici = await build(undiciBundle(outDir));
// loaded by the action only when a plan is cut and kept whole as a workflow artifact
const artifact = await build(artifactBundle(outDir, common));
writeFileSync(`${outDir}/licenses.txt`, thirdPartyLicenses(root, [action.metafile, cli.metafile, undici.metafile, artifact.metafile]));
