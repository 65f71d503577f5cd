/**
 * Hostile bodies and manifests, planned by the bundled CLI as a user would, each in a child process
 * with a memory cap and a time limit: every case ends in a located error or a warning naming the
 * action, with exit code 0, 1 or 2 (never a crash, a signal or a hang), and nothing is written to Ory.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_hostile_e2e';
/** heap of the child: a case that needs more is not bounded */
const MEMORY_CAP_MB = 512;
/** a case that runs longer is not bounded (a body has 1 s; the plan's bodies 10 s together) */
const CASE_TIMEOUT_MS = 45_000;

let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
  ory.addProject({ id: 'p1' });
});
after(async () => ory.close());

const action = (name: string, body?: string): string =>
  `  ${name}:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://api.example.com/${name}\n    method: POST\n` +
  (body === undefined ? '' : `    body: |\n${body.split('\n').map((line) => `      ${line}`).join('\n')}\n`);
const manifest = (actions: string, top = ''): string => `version: 1\nproject_id: p1\n${top}actions:\n${actions}`;

/** A YAML document whose aliases expand to 9^10 items (the "billion laughs"). */
function billionLaughs(): string {
  const lines = ['x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `version: 1\nproject_id: p1\n${lines.join('\n')}\nactions:\n  laughs:\n    flow: registration\n    timing: after\n    url: https://api.example.com/x\n    method: POST\n    body: *a9\n`;
}

interface HostileCase {
  readonly name: string;
  readonly text: () => string;
  /** `error`: the plan fails with a located manifest error; `warning`: it plans, with a warning naming the action */
  readonly expect: 'error' | 'warning' | 'plan';
  /** what the error or warning says, and the action it names (warnings) */
  readonly says: RegExp;
  readonly action?: string;
}

const CASES: HostileCase[] = [
  // bodies
  { name: 'a body of 60,000 operator characters', text: () => manifest(action('ops', `function(ctx) 1 ${'+'.repeat(60_000)} 1`)), expect: 'error', says: /ory-actions\.yaml:\d+:\d+: error: .*"ops".*(parse depth|nest)/i },
  { name: 'a body nested 100,000 brackets deep', text: () => manifest(action('deep', `function(ctx) ${'['.repeat(100_000)}${']'.repeat(100_000)}`)), expect: 'error', says: /ory-actions\.yaml:\d+:\d+: error: .*"deep"/ },
  { name: 'a 5 MB body', text: () => manifest(action('big', `function(ctx) { s: "${'x'.repeat(5_000_000)}" }`)), expect: 'error', says: /ory-actions\.yaml:\d+:\d+: error: .*"big".*more than the 1000000/ },
  { name: 'a 100 MB string', text: () => manifest(action('huge', "function(ctx) { s: std.repeat('x', 99999999) }")), expect: 'warning', says: /string too large/, action: 'huge' },
  { name: 'std.stringChars of 100 MB', text: () => manifest(action('chars', "function(ctx) { n: std.length(std.stringChars(std.repeat('x', 99999999))) }")), expect: 'warning', says: /too large/, action: 'chars' },
  { name: 'std.base64 of the largest string', text: () => manifest(action('b64', "function(ctx) { n: std.length(std.base64(std.repeat('x', 15999999))) }")), expect: 'plan', says: /./ },
  { name: 'one array written out a thousand times', text: () => manifest(action('shared', 'local a = std.range(1, 999999); function(ctx) [a for i in std.range(1, 1000)]')), expect: 'warning', says: /out of memory|timed out/, action: 'shared' },
  { name: 'one string written out a thousand times', text: () => manifest(action('strings', "local s = std.repeat('x', 9999999); function(ctx) [s for i in std.range(1, 1000)]")), expect: 'warning', says: /out of memory/, action: 'strings' },
  { name: 'a 10-million-character key', text: () => manifest(action('longkey', "function(ctx) { [std.repeat('k', 10000000)]: 1 }")), expect: 'warning', says: /preview left out|very large/, action: 'longkey' },
  { name: 'recursion without end', text: () => manifest(action('recurse', 'local f(x) = f(x + 1) + 1; function(ctx) { v: f(0) }')), expect: 'warning', says: /max stack frames exceeded/, action: 'recurse' },
  { name: 'a loop without end', text: () => manifest(action('loop', 'local loop(n) = loop(n + 1) tailstrict; function(ctx) { v: loop(0) }')), expect: 'warning', says: /timed out/, action: 'loop' },
  { name: 'a quadratic builtin', text: () => manifest(action('substr', "function(ctx) std.findSubstr(std.repeat('a', 3000), std.repeat('a', 1000000))")), expect: 'warning', says: /timed out/, action: 'substr' },
  { name: 'billion laughs in std.parseYaml', text: () => manifest(action('yamlbomb', `function(ctx) std.parseYaml(${JSON.stringify(billionLaughs())})`)), expect: 'warning', says: /alias|resource/i, action: 'yamlbomb' },
  // manifests
  { name: 'billion laughs in the manifest', text: billionLaughs, expect: 'error', says: /ory-actions\.yaml(:\d+:\d+)?: error: .*(alias|resource)/i },
  { name: 'YAML nested 100,000 flow sequences deep', text: () => `version: 1\nproject_id: p1\nactions: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, expect: 'error', says: /ory-actions\.yaml(:\d+:\d+)?: error: /i },
  { name: 'YAML nested 2,500 mappings deep', text: () => `version: 1\nproject_id: p1\nactions:\n${Array.from({ length: 2500 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}`, expect: 'error', says: /ory-actions\.yaml(:\d+:\d+)?: error: /i },
  { name: 'a 2-million-character action name', text: () => manifest(action('k'.repeat(2_000_000))), expect: 'error', says: /ory-actions\.yaml:\d+:\d+: error: /i },
  { name: '20,000 actions in one project', text: () => manifest(Array.from({ length: 20_000 }, (_, i) => action(`a${i}`)).join('')), expect: 'plan', says: /Plan: 20000 to create, 0 to update, 0 to delete\./ },
];

for (const c of CASES) {
  test(`hostile input: ${c.name}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ory-hostile-'));
    const path = join(dir, 'ory-actions.yaml');
    writeFileSync(path, c.text());
    const writes = ory.writes;
    const started = Date.now();
    const result = await runChild(process.execPath, [`--max-old-space-size=${MEMORY_CAP_MB}`, join(ROOT, 'dist', 'cli.js'), 'plan', '--detailed-exitcode', '--manifest', path, '--api-url', ory.url], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: KEY },
      timeoutMs: CASE_TIMEOUT_MS,
    });
    const elapsed = Date.now() - started;
    const full = `${result.stdout}\n${result.stderr}`.replace(/k{200,}/g, 'k…');
    const out = full.length > 4000 ? `${full.slice(0, 2000)}\n…\n${full.slice(-2000)}` : full;
    assert.ok([0, 1, 2].includes(result.code), `exit ${result.code} (a crash or a signal) after ${elapsed} ms:\n${out}`);
    assert.doesNotMatch(full, /FATAL ERROR|heap out of memory|Maximum call stack size exceeded|RangeError|TypeError|at .*\.js:\d+/, out);
    assert.equal(ory.writes, writes, 'nothing is written to Ory');
    if (c.expect === 'error') {
      assert.equal(result.code, 1, out);
      assert.match(out, c.says);
    } else {
      assert.equal(result.code, 2, `the plan runs (changes pending):\n${out}`);
      if (c.expect === 'warning') {
        const warning = out.split('\n').find((line) => line.includes(`"${c.action}"`) && c.says.test(line));
        assert.ok(warning, `a warning naming "${c.action}" that matches ${c.says}:\n${out}`);
      } else assert.match(full.slice(-2000), c.says);
    }
  });
}
