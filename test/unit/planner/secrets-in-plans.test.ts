/** No live or referenced secret reaches a plan (issue 13, item 3), and the fingerprint covers the order of writes (item 9). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLiveProject, encodeBody } from '../../../src/ory-config/webhook-codec.ts';
import { plan } from '../../../src/planner/plan.ts';
import { maskKnownSecrets, redactLiveUrl, secretDigester } from '../../../src/planner/secrets.ts';
import { planToJson, renderSummary, renderText } from '../../../src/render/index.ts';
import type { DesiredAction } from '../../../src/model/action.ts';
import { action, manifestOf, PROJECT_ID, rawProject } from '../../support/model-fixtures.ts';
import { assertNoSecretIn } from '../../support/secret-check.ts';

const digest = secretDigester('salt');

function projectWith(hooks: Array<Record<string, unknown>>): Record<string, unknown> {
  const project = rawProject() as any;
  project.services.identity.config.selfservice.flows.login.before = { hooks };
  return project;
}

function everyRendering(result: ReturnType<typeof plan>): Record<string, string> {
  return { text: renderText(result.plan), summary: renderSummary(result.plan), json: planToJson(result.plan) };
}

test('redactLiveUrl: userinfo, query values, fragment and token-like path segments are hidden; plain URLs come back as given', () => {
  const cases: Array<[string, string]> = [
    ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/***/***/***'],
    ['https://discord.com/api/webhooks/1234567890/abcDEF_ghi-JKL', 'https://discord.com/api/webhooks/***/***'],
    ['https://user:pw@hooks.example.com/in?token=abc&plain#frag', 'https://***@hooks.example.com/in?token=***&plain=***#***'],
    ['https://chat.googleapis.com/v1/spaces/AAAAx1/messages?key=k&token=t', 'https://chat.googleapis.com/v1/spaces/***/messages?key=***&token=***'],
    ['https://api.example.com/v2/webhooks/welcome-email', 'https://api.example.com/v2/webhooks/welcome-email'],
    ['https://api.example.com/hooks/averyveryverylongwordthatcouldbeatoken', 'https://api.example.com/hooks/***'],
    ['HTTPS://API.Example.com', 'HTTPS://API.Example.com'],
    ['not a url at all', '***'],
  ];
  for (const [url, shown] of cases) assert.equal(redactLiveUrl(url), shown, url);
});

test('maskKnownSecrets masks a secret JSON-escaped too (a quote or backslash in it)', () => {
  const secret = 'pa"ss\\word';
  assert.equal(maskKnownSecrets(JSON.stringify({ v: secret }), [secret]), '{"v":"***"}');
});

test('an unmanaged or pruned live hook with a token in its URL path is shown redacted and marked sensitive', () => {
  const token = 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2';
  const project = projectWith([{ hook: 'web_hook', config: { url: `https://hooks.slack.com/services/T0AB/B0CD/${token}`, method: 'POST' } }]);
  const unmanaged = plan({ manifest: manifestOf([]), live: [readLiveProject(project)], digest });
  assert.deepEqual(unmanaged.plan.projects[0]!.unmanaged[0]!.url, { display: 'https://hooks.slack.com/services/***/***/***', sensitive: true });
  const pruned = plan({ manifest: manifestOf([], { prune: true }), live: [readLiveProject(project)], digest });
  assert.equal(pruned.plan.summary.delete, 1);
  for (const result of [unmanaged, pruned]) assertNoSecretIn({ ...everyRendering(result), digests: JSON.stringify(result.plan.changeDigests) }, [token, 'T0AB', 'B0CD']);
});

test('a live body the previous manifest built from a reference is (sensitive), with no body diff, though the reference and its value are gone', () => {
  const oldToken = 'old-token-7f3a9c2e1b5d';
  const url = 'https://hooks.example.com/tokened';
  const project = projectWith([{ hook: 'web_hook', config: { url, method: 'POST', body: encodeBody(`function(ctx) { token: "${oldToken}" }`) } }]);
  const head = action({ name: 'tokened', flow: 'login', timing: 'before', url, body: 'function(ctx) { token: "none" }' });
  const previous: DesiredAction = { ...head, body: { ...head.body!, source: 'function(ctx) { token: "unknowable" }' }, display: { body: 'function(ctx) { token: "${{ env.OLD_TOKEN }}" }' } };
  const result = plan({ manifest: manifestOf([head]), previousActions: [previous], live: [readLiveProject(project)], digest });
  const update = result.plan.projects[0]!.updates[0]!;
  assert.equal(update.bodyBefore, undefined);
  assert.deepEqual(update.changes.find((c) => c.field === 'body')!.before, { display: '(sensitive)', sensitive: true });
  assertNoSecretIn(everyRendering(result), [oldToken]);
  // without the previous manifest's word, the live body is shown as it is (the core does not guess)
  const without = plan({ manifest: manifestOf([head]), live: [readLiveProject(project)], digest });
  assert.ok(without.plan.projects[0]!.updates[0]!.bodyBefore?.includes(oldToken));
});

test('a project_id from a reference is shown as the reference everywhere in the plan, and still binds the fingerprint', () => {
  const shown = '${{ env.ORY_PROJECT }}';
  const a = { ...action({ name: 'welcome', flow: 'login', timing: 'before' }), display: { project_id: shown } };
  const result = plan({ manifest: { ...manifestOf([a]), secrets: [PROJECT_ID] }, live: [readLiveProject(rawProject())], digest });
  assert.equal(result.plan.projects[0]!.projectId, shown);
  assert.equal(result.work[0]!.projectId, PROJECT_ID, 'the write still goes to the real project');
  assert.ok(Object.keys(result.plan.changeDigests).every((key) => key.startsWith(`${shown} `)));
  assertNoSecretIn({ ...everyRendering(result), digests: JSON.stringify(result.plan.changeDigests) }, [PROJECT_ID]);
  const other = 'aaaaaaaa-0000-4000-8000-000000000002';
  const elsewhere = plan({ manifest: manifestOf([{ ...a, projectId: other }]), live: [readLiveProject(rawProject(undefined, other))], digest });
  assert.notEqual(elsewhere.plan.fingerprint, result.plan.fingerprint, 'the same reference to another project is another plan');
});

test('the fingerprint covers the order of the writes: two new hooks of one list swapped are another plan', () => {
  const first = action({ name: 'first', flow: 'login', timing: 'before' });
  const second = action({ name: 'second', flow: 'login', timing: 'before' });
  const live = [readLiveProject(rawProject())];
  const ab = plan({ manifest: manifestOf([first, second]), live, digest });
  const ba = plan({ manifest: manifestOf([second, first]), live, digest });
  assert.notEqual(ab.plan.fingerprint, ba.plan.fingerprint);
  // hooks of different lists do not order each other
  const other = action({ name: 'other', flow: 'registration', timing: 'after' });
  assert.equal(
    plan({ manifest: manifestOf([first, other]), live, digest }).plan.fingerprint,
    plan({ manifest: manifestOf([other, first]), live, digest }).plan.fingerprint,
  );
});
