import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { describeCount, parseCallgrindLog } from './instructions.ts';
import { parseBenchArgs } from './matrix.ts';
import { INSTRUCTIONS_BARE_LABEL, renderReport, type BenchReport } from './report.ts';

const LOG = `==17858== Callgrind, a call-graph generating cache profiler
==17858== Command: node dist/cli.js plan
==17858==
==17858== Events    : Ir
==17858== Collected : 558839709
==17858==
==17858== I   refs:      558,839,709
`;

test("the instruction total is read from callgrind's log, or from its I refs line alone", () => {
  assert.equal(parseCallgrindLog(LOG), 558_839_709);
  assert.equal(parseCallgrindLog('==1== I   refs:      87,936,459\n'), 87_936_459);
  assert.equal(parseCallgrindLog('==1== valgrind: failed to start tool\n'), undefined);
});

test('counts read in millions with their ratio to bare Node', () => {
  const bare = { label: INSTRUCTIONS_BARE_LABEL, instructions: 88_000_000 };
  assert.equal(describeCount(bare, bare), '88.0 M');
  assert.equal(describeCount({ label: 'CLI plan', instructions: 558_839_709 }, bare), '558.8 M (6.4 x)');
  assert.equal(describeCount({ label: 'CLI plan', instructions: 558_839_709 }, undefined), '558.8 M');
});

test('--instructions is an option of its own and shows in the reproduce command', () => {
  assert.equal(parseBenchArgs(['--instructions']).instructions, true);
  assert.equal(parseBenchArgs([]).instructions, undefined);
});

test('the report has an instructions section only when counts were taken', () => {
  const report: BenchReport = {
    generatedAt: '2026-11-26T00:00:00Z',
    command: 'npm run bench -- --instructions',
    durationS: 1,
    quick: true,
    machine: { cpuModel: 'cpu', cores: 2, memoryGb: 1, node: 'v24', os: 'linux' } as BenchReport['machine'],
    usageMethod: 'GNU time',
    scenarios: [],
    summaries: [],
    targets: [],
    terraform: [],
    bundle: { files: [] },
    warnings: [],
  };
  assert.doesNotMatch(renderReport(report), /### Instructions/);
  const counted = renderReport({
    ...report,
    instructions: [
      { label: INSTRUCTIONS_BARE_LABEL, instructions: 88_000_000 },
      { label: 'CLI plan 4 x 1 (seed)', instructions: 557_000_000 },
    ],
  });
  assert.match(counted, /### Instructions \(valgrind callgrind, all threads of the child\)/);
  assert.match(counted, /\| CLI plan 4 x 1 \(seed\) \| 557\.0 M \(6\.3 x\) \|/);
});

test('variables with a hyphen in their name, which valgrind drops, are put back from BENCH_HYPHENATED_ENV', () => {
  const packed = Buffer.from(['INPUT_ORY-API-KEY=ory_wak_x=y', 'INPUT_PROJECT-ID=p-1'].join('\0')).toString('base64');
  const child = spawnSync(
    process.execPath,
    ['--require', join(dirname(fileURLToPath(import.meta.url)), 'restore-env.cjs'), '-e', "console.log(JSON.stringify([process.env['INPUT_ORY-API-KEY'], process.env['INPUT_PROJECT-ID'], 'BENCH_HYPHENATED_ENV' in process.env]))"],
    { env: { PATH: process.env.PATH ?? '', BENCH_HYPHENATED_ENV: packed }, encoding: 'utf8' },
  );
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), ['ory_wak_x=y', 'p-1', false]);
});
