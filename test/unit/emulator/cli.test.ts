import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { parseCliOptions } from '../../../emulators/ory-network/cli.ts';

const CLI = fileURLToPath(new URL('../../../emulators/ory-network/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('parseCliOptions maps every flag to an emulator option', () => {
  const { options, stateFile } = parseCliOptions([
    '--port', '4455', '--key', 'ory_wak_demo', '--key', 'ory_wak_two', '--project', 'a', '--project', 'b',
    '--latency-ms', '25', '--store-bodies', 'sha512-url', '--secrets', 'masked', '--no-enforce-test',
    '--no-warn-on-drop', '--rate-limit', '10/1000', '--state-file', '/tmp/state.json',
    '--patch-rules', 'rfc6902', '--rate-limit-style', 'retry-after', '--lag-reads', '2',
  ]);
  assert.equal(options.port, 4455);
  assert.deepEqual(options.workspaceKeys, ['ory_wak_demo', 'ory_wak_two']);
  assert.deepEqual(options.projects, [{ id: 'a' }, { id: 'b' }]);
  assert.equal(options.latencyMs, 25);
  assert.equal(options.storeBodiesAs, 'sha512-url');
  assert.equal(options.secrets, 'masked');
  assert.equal(options.enforceTest, false);
  assert.equal(options.warnOnDrop, false);
  assert.deepEqual(options.rateLimit, { requests: 10, perMs: 1000 });
  assert.equal(stateFile, '/tmp/state.json');
  assert.equal(options.patchRules, 'rfc6902');
  assert.equal(options.rateLimitStyle, 'retry-after');
  assert.equal(options.lagReads, 2);
  assert.deepEqual(parseCliOptions([]).options.projects, [{}], 'one random project by default');
});

test('parseCliOptions refuses bad values', () => {
  assert.throws(() => parseCliOptions(['--store-bodies', 'zip']), /--store-bodies must be one of/);
  assert.throws(() => parseCliOptions(['--secrets', 'loud']), /--secrets must be one of/);
  assert.throws(() => parseCliOptions(['--latency-ms=-1']), /non-negative integer/);
  assert.throws(() => parseCliOptions(['--port', '12.5']), /non-negative integer/);
  assert.throws(() => parseCliOptions(['--rate-limit', 'fast']), /REQUESTS\/MILLISECONDS/);
  assert.throws(() => parseCliOptions(['--patch-rules', 'loose']), /--patch-rules must be one of ory, rfc6902/);
  assert.throws(() => parseCliOptions(['--lag-reads', 'x']), /non-negative integer/);
  assert.throws(() => parseCliOptions(['--unknown']));
});

test('the CLI prints its url and projects, serves the API, and writes request counts on SIGTERM', async () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'ory-emulator-')), 'state.json');
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--key', 'ory_wak_demo', '--project', 'demo-1', '--state-file', stateFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}`)));
    });
    const started = JSON.parse(firstLine) as { url: string; projects: string[] };
    assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(started.projects, ['demo-1']);

    const read = await fetch(`${started.url}/projects/demo-1`, { headers: { Authorization: 'Bearer ory_wak_demo' } });
    assert.equal(read.status, 200);
    assert.equal(((await read.json()) as { id: string }).id, 'demo-1');
    const counts = (await (await fetch(`${started.url}/__emulator/requests`)).json()) as { counts: Record<string, number> };
    assert.deepEqual(counts.counts, { 'GET /projects/{id}': 1 });

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.deepEqual(JSON.parse(readFileSync(stateFile, 'utf8')), { counts: { 'GET /projects/{id}': 1 }, total: 1, writes: 0 });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
