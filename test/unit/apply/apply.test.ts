/** The apply step with an injected Ory: verification of what was stored, conflicts, refusals. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPlan } from '../../../src/apply/apply.ts';
import { computePlan } from '../../../src/commands/plan.ts';
import { RunFailure } from '../../../src/model/failure.ts';
import { PatchRejected, RevisionConflict, type OryProjects } from '../../../src/ory/projects.ts';
import { applyLocally } from '../../support/apply-locally.ts';
import { action, manifestOf, rawProject } from '../../support/model-fixtures.ts';

type Behaviour = (project: any, ops: readonly any[]) => { project: any; warnings?: { message: string }[] } | Error;

function fakeOry(behaviour: Behaviour = (project, ops) => ({ project: applyLocally(project, ops) })) {
  let project: any = rawProject();
  let revision = 1;
  const calls: string[] = [];
  const ory: OryProjects = {
    async getProject() {
      calls.push('get');
      return structuredClone(project);
    },
    async patchProject(_id, revisionId, ops) {
      calls.push('patch');
      if (revisionId !== project.revision_id) throw new RevisionConflict(project.id);
      const outcome = behaviour(structuredClone(project), ops);
      if (outcome instanceof Error) throw outcome;
      project = { ...outcome.project, revision_id: `rev-${++revision}` };
      return { project: structuredClone(project), warnings: outcome.warnings ?? [] };
    },
    async pause() {},
  };
  return { ory, calls, edit: (f: (p: any) => void) => { f(project); project.revision_id = `rev-${++revision}`; } };
}

const ACTIONS = [action({ name: 'welcome' }), action({ name: 'audit', flow: 'settings', authMethod: 'profile' })];
const log: string[] = [];

async function planAndApply(fake: ReturnType<typeof fakeOry>, before?: () => void) {
  const planned = await computePlan({ manifest: manifestOf(ACTIONS), ory: fake.ory, salt: 's' });
  before?.();
  return applyPlan({ ory: fake.ory, replan: planned.replan, log: (m) => log.push(m) }, planned);
}

test('a hook Ory answered 200 for but did not store fails with apply-failed, naming the action', async () => {
  const fake = fakeOry((project, ops) => {
    const stored = applyLocally(project, ops);
    stored.services.identity.config.selfservice.flows.settings.after.profile.hooks = [];
    return { project: stored, warnings: [{ message: 'dropped settings.after.profile' }] };
  });
  await assert.rejects(planAndApply(fake), (error: unknown) => {
    assert.ok(error instanceof RunFailure);
    assert.equal(error.reason, 'apply-failed');
    assert.match(error.message, /"audit"/);
    assert.match(error.message, /dropped settings\.after\.profile/);
    return true;
  });
});

test('a hook that Ory changed behind our back while writing is reported too', async () => {
  const fake = fakeOry((project, ops) => {
    const stored = applyLocally(project, ops);
    stored.services.identity.config.selfservice.flows.registration.after.password.hooks = [{ hook: 'session' }, ...stored.services.identity.config.selfservice.flows.registration.after.password.hooks.filter((h: any) => h.hook !== 'session').map((h: any) => ({ ...h, config: { ...h.config, can_interrupt: true } }))];
    return { project: stored };
  });
  await assert.rejects(planAndApply(fake), (error: unknown) => error instanceof RunFailure && error.reason === 'apply-failed' && /"welcome"/.test(error.message));
});

test('a 409 from an unrelated edit re-reads, finds the same plan and writes again', async () => {
  const fake = fakeOry();
  const results = await planAndApply(fake, () => fake.edit((p) => p.services.identity.config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://other.example.com', method: 'GET' } })));
  assert.equal(results[0]!.outcome, 'applied');
  assert.deepEqual(fake.calls, ['get', 'patch', 'get', 'patch']);
});

test('a 409 from an edit that changes the plan fails with conflict and writes nothing', async () => {
  const fake = fakeOry();
  await assert.rejects(
    planAndApply(fake, () => fake.edit((p) => p.services.identity.config.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: ACTIONS[0]!.url, method: 'POST', can_interrupt: true } }))),
    (error: unknown) => error instanceof RunFailure && error.reason === 'conflict',
  );
  assert.deepEqual(fake.calls, ['get', 'patch', 'get']);
});

test('a config Ory refuses at the same revision, with every test holding, is apply-failed with its message', async () => {
  const fake = fakeOry(() => new PatchRejected('p', 'Unable to validate config: something Ory does not like'));
  await assert.rejects(planAndApply(fake), (error: unknown) => error instanceof RunFailure && error.reason === 'apply-failed' && /something Ory does not like/.test(error.message));
});

/** An Ory whose reads show the project as it was before the last write, `lag` times after each write. */
function laggingOry(lag: number, options: { loseFirstAnswer?: boolean } = {}) {
  const fake = fakeOry();
  let shown: any;
  let left = 0;
  let lost = options.loseFirstAnswer ?? false;
  const calls: string[] = [];
  const ory: OryProjects = {
    async getProject(id) {
      calls.push('get');
      if (left > 0) {
        left--;
        return structuredClone(shown);
      }
      return fake.ory.getProject(id);
    },
    async patchProject(id, revisionId, ops) {
      calls.push('patch');
      const before = await fake.ory.getProject(id);
      fake.calls.pop();
      const result = await fake.ory.patchProject(id, revisionId, ops);
      shown = before;
      left = lag;
      if (lost) {
        // the write landed; the answer did not, and the client's retry met 409
        lost = false;
        throw new RevisionConflict(id, { afterLostAnswer: true });
      }
      return result;
    },
    pause: fake.ory.pause,
  };
  return { ory, calls, edit: fake.edit };
}

test('a lost answer whose write Ory kept: the re-read reads past the lagging revision, finds every change and reports applied', async () => {
  const lagging = laggingOry(2, { loseFirstAnswer: true });
  const planned = await computePlan({ manifest: manifestOf(ACTIONS), ory: lagging.ory, salt: 's' });
  const messages: string[] = [];
  const results = await applyPlan({ ory: lagging.ory, replan: planned.replan, log: (m) => messages.push(m) }, planned);
  assert.equal(results[0]!.outcome, 'applied');
  assert.deepEqual(lagging.calls, ['get', 'patch', 'get', 'get', 'get']);
  assert.equal(messages.filter((m) => /still shows revision/.test(m)).length, 2);
});

test('reads that keep lagging after a 409 end in ory-unavailable, bounded, saying the earlier write may have landed', async () => {
  const lagging = laggingOry(10, { loseFirstAnswer: true });
  const planned = await computePlan({ manifest: manifestOf(ACTIONS), ory: lagging.ory, salt: 's' });
  await assert.rejects(
    applyPlan({ ory: lagging.ory, replan: planned.replan, log: () => {}, maxStaleReads: 3 }, planned),
    (error: unknown) => error instanceof RunFailure && error.reason === 'ory-unavailable' && /may have landed/.test(error.message),
  );
  assert.deepEqual(lagging.calls, ['get', 'patch', 'get', 'get', 'get', 'get']);
});

test('a 409 from someone else whose changes match ours: already-applied, not applied', async () => {
  const fake = fakeOry();
  const planned = await computePlan({ manifest: manifestOf(ACTIONS), ory: fake.ory, salt: 's' });
  // someone else writes exactly the planned hooks first
  const other = await computePlan({ manifest: manifestOf(ACTIONS), ory: fake.ory, salt: 's' });
  await applyPlan({ ory: fake.ory, replan: other.replan, log: () => {} }, other);
  const results = await applyPlan({ ory: fake.ory, replan: planned.replan, log: () => {} }, planned);
  assert.equal(results[0]!.outcome, 'already-applied');
});

test('a write no attempt of which got an answer: one re-read tells whether Ory kept it', async () => {
  for (const lands of [true, false]) {
    const fake = fakeOry();
    const ory: OryProjects = {
      getProject: (id) => fake.ory.getProject(id),
      async patchProject(id, revisionId, ops) {
        if (lands) await fake.ory.patchProject(id, revisionId, ops);
        throw new RunFailure('ory-unavailable', 'Could not reach Ory to update project p (ECONNRESET), after retries.');
      },
      pause: fake.ory.pause,
    };
    const planned = await computePlan({ manifest: manifestOf(ACTIONS), ory, salt: 's' });
    const run = applyPlan({ ory, replan: planned.replan, log: () => {} }, planned);
    if (lands) assert.equal((await run)[0]!.outcome, 'applied');
    else await assert.rejects(run, (error: unknown) => error instanceof RunFailure && error.reason === 'ory-unavailable' && /may or may not have landed/.test(error.message));
    assert.deepEqual(fake.calls, lands ? ['get', 'patch', 'get'] : ['get', 'get']);
  }
});
