/** The run's time budget with a fake clock: overlapping work counts once, gaps not at all, a wait never ends past it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTimeBudget } from '../../../src/http/time-budget.ts';

function fakeClock() {
  let now = 1_000;
  const slept: number[] = [];
  return {
    slept,
    advance: (ms: number) => void (now += ms),
    clock: { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) },
  };
}

test('work that overlaps is counted once (wall time), time between work not at all', async () => {
  const fake = fakeClock();
  const budget = createTimeBudget(10_000, fake.clock);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const first = budget.spend(() => gate);
  const second = budget.spend(async () => {
    fake.advance(300);
    await gate;
  });
  fake.advance(200);
  release();
  await Promise.all([first, second]);
  assert.equal(budget.spentMs(), 500, 'two requests in flight together for 500 ms');
  fake.advance(5_000); // the run does other work (GitHub, files): not Ory time
  assert.equal(budget.spentMs(), 500);
  assert.equal(budget.remainingMs(), 9_500);
});

test('a wait counts, and one that would end past the budget is refused without waiting', async () => {
  const fake = fakeClock();
  const budget = createTimeBudget(1_000, fake.clock);
  assert.equal(await budget.wait(600), true);
  assert.equal(await budget.wait(500), false);
  assert.deepEqual(fake.slept, [600]);
  assert.equal(await budget.wait(400), true);
  assert.equal(budget.remainingMs(), 0);
  assert.equal(await budget.wait(1), false);
  assert.deepEqual(fake.slept, [600, 400]);
});

test('spent time is counted while work runs, so a long request is seen as it goes', async () => {
  const fake = fakeClock();
  const budget = createTimeBudget(1_000, fake.clock);
  await budget.spend(async () => {
    fake.advance(700);
    assert.equal(budget.remainingMs(), 300);
    fake.advance(700);
    assert.equal(budget.remainingMs(), 0, 'never below zero');
  });
  assert.equal(budget.spentMs(), 1_400);
});
