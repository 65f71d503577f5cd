// The one test command (README, .ci/run): type-check, prove dist/ equals a fresh build,
// then run every test file under test/ and bench/ in one `node --test` run (one closing summary).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

console.log('> type-check');
run('npx', ['tsc', '--noEmit']);

console.log('> dist/ must equal a fresh build');
const fresh = mkdtempSync(join(tmpdir(), 'dist-check-'));
run('node', ['scripts/build.mjs'], { BUILD_OUT_DIR: fresh });
const committed = listFiles('dist').map((f) => relative('dist', f)).sort();
const rebuilt = listFiles(fresh).map((f) => relative(fresh, f)).sort();
const stale = [...new Set([...committed, ...rebuilt])].filter(
  (f) => !committed.includes(f) || !rebuilt.includes(f) || !readFileSync(join('dist', f)).equals(readFileSync(join(fresh, f))),
);
if (stale.length > 0) {
  console.error(`dist/ differs from a fresh build (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
  process.exit(1);
}

const only = process.argv.slice(2);
const files = (only.length > 0 ? only : [...listFiles('test'), ...listFiles('bench')].filter((f) => f.endsWith('.test.ts'))).sort();
console.log(`> node --test (${files.length} files)`);
run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files]);
