/**
 * Apply's re-reads of a lagging project draw from the run's one budget of Ory time: the real client
 * against the Ory emulator on loopback, with the client's clock injected so the waits take no time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startOryEmulator } from '../../../emulators/ory-network/index.ts';
import { applyPlan } from '../../../src/apply/apply.ts';
import { computePlan } from '../../../src/commands/plan.ts';
import { ORY_RETRY_POLICY, OryTimeUp, createOryProjects } from '../../../src/ory/client.ts';
import { action, manifestOf } from '../../support/model-fixtures.ts';

test('a write whose answer was lost, then reads that keep lagging: the waits between re-reads stop at the run budget', async () => {
  const emulator = await startOryEmulator();
  try {
    const projectId = emulator.addProject();
    let now = 0;
    const sleeps: number[] = [];
    const ory = createOryProjects({
      apiUrl: emulator.url,
      apiKey: 'ory_wak_emulator',
      retry: { ...ORY_RETRY_POLICY, baseDelayMs: 100, maxTotalMs: 2_000 },
      now: () => now,
      sleep: async (ms) => void (sleeps.push(ms), (now += ms)),
    });
    const planned = await computePlan({ manifest: manifestOf([action({ name: 'welcome', projectId })]), ory, salt: 's' });
    // the write lands and its answer is lost; the retry meets 409; the re-reads then lag for long
    emulator.injectFault({ match: 'patch', projectId, drop: true, afterApply: true });
    emulator.lagReadsAfterNextWrite(projectId, 10);
    emulator.resetRequests();
    const log: string[] = [];
    await assert.rejects(applyPlan({ ory, replan: planned.replan, log: (m) => log.push(m) }, planned), (error: unknown) => {
      assert.ok(error instanceof OryTimeUp, String(error));
      assert.equal(error.reason, 'ory-unavailable');
      assert.match(error.message, new RegExp(`while trying to read project ${projectId} again \\(its reads lag behind its write\\)`));
      assert.match(error.message, /would not end within this run's 2s budget of Ory time/);
      assert.match(error.message, /the earlier write may have landed/);
      return true;
    });
    // 100 ms before the patch's retry, then 500 and 1000 ms between re-reads; 2000 more would pass 2 s
    assert.deepEqual(sleeps.map((ms) => (ms >= 500 ? ms : 'backoff')), ['backoff', 500, 1000]);
    assert.deepEqual(emulator.countByRoute(), { 'PATCH /projects/{id}/revision/{rev}': 2, 'GET /projects/{id}': 3 });
    assert.equal(log.filter((m) => /still shows revision/.test(m)).length, 3);
  } finally {
    await emulator.close();
  }
});
