// `npm run bench`: runs bench/run.ts with tsx (the benchmark imports the emulators and test helpers,
// which are TypeScript). Arguments pass through: `npm run bench -- --quick`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
