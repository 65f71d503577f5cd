/**
 * Runs the Ory Network emulator until SIGTERM/SIGINT:
 *   node --import tsx emulators/ory-network/cli.ts --port 4455 --key ory_wak_demo --project <id>
 *     [--project <id> ...] [--latency-ms N] [--store-bodies base64|sha512-url|opaque-url]
 *     [--secrets clear|masked|empty|omitted] [--patch-rules ory|rfc6902] [--no-enforce-test]
 *     [--no-warn-on-drop] [--rate-limit REQUESTS/MS] [--rate-limit-style ory|retry-after]
 *     [--lag-reads N] [--state-file path]
 * Without --project one project with a random id is created. Prints one JSON line `{"url": "...", "projects": [...]}` once listening. Request counts are
 * served at `GET /__emulator/requests` and, with `--state-file`, written there as JSON on exit.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startOryEmulator } from './index.ts';
import type { OryEmulatorOptions } from './index.ts';

const BODY_STORAGE = ['base64', 'sha512-url', 'opaque-url'] as const;
const SECRET_DISPLAY = ['clear', 'masked', 'empty', 'omitted'] as const;
const PATCH_RULES = ['ory', 'rfc6902'] as const;
const RATE_LIMIT_STYLES = ['ory', 'retry-after'] as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`--${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function nonNegativeInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${flag} must be a non-negative integer`);
  return number;
}

/** Turns the command line into emulator options (pure, for tests). */
export function parseCliOptions(argv: string[]): { options: OryEmulatorOptions; stateFile?: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      key: { type: 'string', multiple: true },
      project: { type: 'string', multiple: true },
      'latency-ms': { type: 'string' },
      'store-bodies': { type: 'string' },
      secrets: { type: 'string' },
      'patch-rules': { type: 'string' },
      'no-enforce-test': { type: 'boolean' },
      'rate-limit-style': { type: 'string' },
      'lag-reads': { type: 'string' },
      'no-warn-on-drop': { type: 'boolean' },
      'rate-limit': { type: 'string' },
      'sample-config': { type: 'string' },
      'state-file': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: OryEmulatorOptions = {
    port: nonNegativeInteger('port', values.port),
    host: values.host,
    workspaceKeys: values.key,
    // without --project, one project with a random id
    projects: values.project ? values.project.map((id) => ({ id })) : [{}],
    latencyMs: nonNegativeInteger('latency-ms', values['latency-ms']),
    storeBodiesAs: oneOf('store-bodies', values['store-bodies'], BODY_STORAGE),
    secrets: oneOf('secrets', values.secrets, SECRET_DISPLAY),
    patchRules: oneOf('patch-rules', values['patch-rules'], PATCH_RULES),
    enforceTest: values['no-enforce-test'] ? false : undefined,
    rateLimitStyle: oneOf('rate-limit-style', values['rate-limit-style'], RATE_LIMIT_STYLES),
    lagReads: nonNegativeInteger('lag-reads', values['lag-reads']),
    warnOnDrop: values['no-warn-on-drop'] ? false : undefined,
    sampleConfigPath: values['sample-config'],
  };
  if (values['rate-limit'] !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values['rate-limit']);
    if (!match) throw new Error('--rate-limit must be REQUESTS/MILLISECONDS, e.g. 10/1000');
    options.rateLimit = { requests: Number(match[1]), perMs: Number(match[2]) };
  }
  return values['state-file'] === undefined ? { options } : { options, stateFile: values['state-file'] };
}

async function main(): Promise<void> {
  const { options, stateFile } = parseCliOptions(process.argv.slice(2));
  const emulator = await startOryEmulator(options);
  process.stdout.write(`${JSON.stringify({ url: emulator.url, projects: emulator.projectIds() })}\n`);
  const stop = async () => {
    if (stateFile) {
      writeFileSync(stateFile, `${JSON.stringify({ counts: emulator.countByRoute(), total: emulator.requests.length, writes: emulator.writes }, null, 2)}\n`);
    }
    await emulator.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`ory emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
