import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWrapperExecutable, parseUsage, runTimedNode } from './child-usage.ts';

test('parseUsage reads GNU time figures, also after its "non-zero status" line, and refuses garbage', () => {
  assert.deepEqual(parseUsage('0.21 0.16 0.04 66952\n'), { userMs: 160, sysMs: 40, cpuMs: 200, maxRssKb: 66952 });
  assert.deepEqual(parseUsage('Command exited with non-zero status 1\n0.43 0.25 0.03 66760\n'), { userMs: 250, sysMs: 30, cpuMs: 280, maxRssKb: 66760 });
  assert.equal(parseUsage(''), undefined);
  assert.equal(parseUsage('Command terminated by signal 9\n'), undefined);
});

test('a child run through the wrapper reports its exit code, its own CPU and memory, and keeps hyphenated variables', async () => {
  ensureWrapperExecutable();
  const cwd = mkdtempSync(join(tmpdir(), 'bench-child-test-'));
  try {
    // allocates ~80 MB so peak RSS must clearly exceed a bare start; prints a hyphenated input as a runner passes it
    const script = "const a = Buffer.alloc(80e6, 1); process.stdout.write(String(process.env['INPUT_ORY-API-KEY']) + a.length); process.exit(3)";
    const child = await runTimedNode(['-e', script], { cwd, env: { PATH: process.env.PATH ?? '', 'INPUT_ORY-API-KEY': 'kept' } });
    assert.equal(child.code, 3);
    assert.equal(child.stdout, 'kept80000000');
    assert.ok(child.wallMs > 0);
    assert.ok(child.usage, 'no usage figures');
    assert.ok(child.usage.maxRssKb > 80_000, `max RSS ${child.usage.maxRssKb} KiB`);
    assert.ok(child.usage.cpuMs >= 0);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
