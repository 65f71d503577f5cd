/**
 * The Ory side of the end-to-end workflow (.github/workflows/e2e.yml): a GitHub job has no Ory
 * account, so it runs the action against the Ory Network emulator started in the job.
 *
 *   node --import tsx scripts/e2e-job.ts start
 *     starts the emulator in the background on a free loopback port with one fresh project and
 *     writes `url`, `project-id` and `api-key` to $GITHUB_OUTPUT (the key is the emulator's own,
 *     not a secret); the emulator runs until the job ends.
 *   node --import tsx scripts/e2e-job.ts check
 *     checks that the action did what the event asks (EVENT, MODE) with the manifest at MANIFEST
 *     (every action created on the fresh project; its outputs as JSON in ACTION_OUTPUTS), at the
 *     promised cost: the requests the emulator at ORY_URL served.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The emulator's workspace key: known to the emulator only, so it guards nothing real. */
export const EMULATOR_API_KEY = 'ory_wak_e2e_emulator_not_a_secret';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 20_000;

/** What a run of a manifest on a fresh project must show. */
export interface Expectation {
  readonly outputs: Record<string, string>;
  readonly requests: Record<string, number>;
}

/** The outcome each trigger of the workflow must have for a manifest of `actions` actions on a fresh project: pure, for tests. */
export function expectationFor(event: string, mode: string, actions: number): Expectation {
  const planned = { 'failure-reason': '', 'has-changes': 'true', 'to-create': String(actions), 'to-update': '0', 'to-delete': '0' };
  const plan = { 'GET /projects/{id}': 1 };
  if (event === 'pull_request' && mode === 'auto') return { outputs: { ...planned, applied: 'false' }, requests: plan };
  if (event === 'workflow_dispatch' && (mode === 'auto' || mode === 'apply')) {
    return { outputs: { ...planned, applied: 'true' }, requests: { ...plan, 'PATCH /projects/{id}/revision/{rev}': 1 } };
  }
  if (event === 'workflow_dispatch' && mode === 'plan') return { outputs: { ...planned, applied: 'false' }, requests: plan };
  throw new Error(`e2e-job: no expectation for event ${event} in mode ${mode}; the workflow runs on pull_request and workflow_dispatch only`);
}

/** Every way the observed run differs from the expectation; empty when it holds. */
export function differences(expected: Expectation, outputs: Record<string, string>, requests: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(expected.outputs)) {
    if ((outputs[name] ?? '') !== value) problems.push(`output ${name} is ${JSON.stringify(outputs[name] ?? '')}, expected ${JSON.stringify(value)}`);
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(outputs.fingerprint ?? '')) problems.push(`output fingerprint is ${JSON.stringify(outputs.fingerprint ?? '')}, expected sha256:<64 hex>`);
  const routes = new Set([...Object.keys(expected.requests), ...Object.keys(requests)]);
  for (const route of [...routes].sort()) {
    if ((requests[route] ?? 0) !== (expected.requests[route] ?? 0)) problems.push(`Ory served ${requests[route] ?? 0} x ${route}, expected ${expected.requests[route] ?? 0}`);
  }
  return problems;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`e2e-job: ${name} is not set`);
  return value;
}

async function start(env: NodeJS.ProcessEnv): Promise<void> {
  const outputFile = required(env, 'GITHUB_OUTPUT');
  const logs = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'ory-emulator-'));
  const stdout = join(logs, 'stdout');
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulators/ory-network/cli.ts', '--port', '0', '--key', EMULATOR_API_KEY], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', openSync(stdout, 'w'), openSync(join(logs, 'stderr'), 'w')],
  });
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const line = readFileSync(stdout, 'utf8').split('\n')[0]!;
    if (line.endsWith('}')) {
      const { url, projects } = JSON.parse(line) as { url: string; projects: string[] };
      const lines = [`url=${url}`, `project-id=${projects[0]}`, `api-key=${EMULATOR_API_KEY}`, `pid=${child.pid}`];
      appendFileSync(outputFile, lines.map((l) => `${l}\n`).join(''));
      process.stdout.write(`Ory Network emulator on ${url}, project ${projects[0]} (logs in ${logs})\n`);
      return;
    }
    if (child.exitCode !== null) throw new Error(`e2e-job: the emulator exited with ${child.exitCode}: ${readFileSync(join(logs, 'stderr'), 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`e2e-job: the emulator did not start within ${START_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function check(env: NodeJS.ProcessEnv): Promise<void> {
  const manifest = parse(readFileSync(join(ROOT, required(env, 'MANIFEST')), 'utf8')) as { actions?: Record<string, unknown> };
  const expected = expectationFor(required(env, 'EVENT'), required(env, 'MODE'), Object.keys(manifest.actions ?? {}).length);
  const outputs = JSON.parse(required(env, 'ACTION_OUTPUTS')) as Record<string, string>;
  const answer = await fetch(new URL('/__emulator/requests', required(env, 'ORY_URL')));
  const { counts } = (await answer.json()) as { counts: Record<string, number> };
  const problems = differences(expected, outputs, counts);
  process.stdout.write(`outputs: ${JSON.stringify(outputs)}\nOry requests: ${JSON.stringify(counts)}\n`);
  if (problems.length > 0) throw new Error(`e2e-job: the run is not what ${env.EVENT} (${env.MODE}) must do:\n- ${problems.join('\n- ')}`);
  process.stdout.write(`The ${env.EVENT} run (mode ${env.MODE}) did what it must, with ${Object.entries(counts).map(([route, n]) => `${n} x ${route}`).join(', ')}.\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const command = process.argv[2];
  const run = command === 'start' ? start : command === 'check' ? check : undefined;
  if (!run) {
    process.stderr.write('usage: node --import tsx scripts/e2e-job.ts <start|check>\n');
    process.exit(1);
  }
  run(process.env).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
