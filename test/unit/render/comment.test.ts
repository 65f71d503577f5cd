import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommentStatusLine } from '../../../src/model/comment.ts';
import { formatMarker, parseMarker } from '../../../src/model/marker.ts';
import { renderComment, renderSummary } from '../../../src/render/index.ts';
import { aCreate, aDelete, aMarker, anUnmanaged, anUpdate, aPlan, aProject, aWarning, mixedPlan, plain } from './fixtures.ts';

const planned: CommentStatusLine = { status: 'planned' };

function comment(plan = mixedPlan(), status: CommentStatusLine = planned): string {
  return renderComment(plan, { marker: aMarker(), status }).body;
}

test('the comment starts with the marker, then a heading naming the manifest and the summary line', () => {
  const { body, truncated } = renderComment(mixedPlan(), { marker: aMarker(), status: planned });
  assert.equal(truncated, false);
  const lines = body.split('\n');
  assert.equal(lines[0], formatMarker(aMarker()));
  assert.deepEqual(parseMarker(body), aMarker());
  assert.ok(body.includes('### Ory Actions plan for `ory-actions.yaml`'));
  assert.ok(body.includes('**Plan: 1 to create, 1 to update, 1 to delete.**'));
  assert.ok(body.indexOf('### Ory Actions plan') < body.indexOf('Plan: 1 to create'));
});

test('a table per project lists each change with symbol, action, list key, method, url and kind', () => {
  const body = comment();
  assert.ok(body.includes('#### Project Acme Production `6e1b2c3d-0000-4000-8000-000000000001`'));
  assert.ok(body.includes('Revision `rev-0001`'));
  assert.ok(body.includes('| `+` | `welcome_email` | `registration.after.password` | `POST` | `https://api.example.com/webhooks/welcome` | create |'));
  assert.ok(body.includes('| `~` | `sync_crm` | `registration.after.password` | `POST` | `https://crm.example.com/hooks/ory` | update `body`, `can_interrupt` |'));
  assert.ok(body.includes('| `-` | `old_audit` | `login.before` | `GET` | `http://legacy.example.com/audit` | delete: removed from the manifest |'));
  assert.ok(body.includes('Unchanged: `notify_slack`'));
});

test('creates show their fields and Jsonnet body; updates show field diffs and a body diff block', () => {
  const body = comment();
  assert.ok(body.includes('##### `+` create `welcome_email` in `registration.after.password`'));
  assert.ok(body.includes('| `response_parse` | `false` |'));
  assert.ok(body.includes('```jsonnet\nfunction(ctx) { email: ctx.identity.traits.email }\n```'));
  assert.ok(body.includes('##### `~` update `sync_crm`'));
  assert.ok(body.includes('| Field | Before | After |'));
  assert.ok(body.includes('| `can_interrupt` | `false` | `true` |'));
  const diff = /```diff\n([\s\S]*?)```/.exec(body)?.[1];
  assert.ok(diff, 'a diff block');
  assert.match(diff, /^--- live\n\+\+\+ manifest\n@@ -1,3 \+1,4 @@\n/);
  assert.ok(diff.includes('+  email: ctx.identity.traits.email,'));
  assert.ok(diff.includes('   id: ctx.identity.id,'));
});

test('deletes carry their reason and the warnings section flags them with ⚠️', () => {
  const body = comment();
  assert.ok(body.includes('##### `-` delete `old_audit` in `login.before` (removed from the manifest)'));
  assert.ok(body.includes('#### ⚠️ Warnings (3)'));
  assert.ok(body.includes('- ⚠️ `old_audit`: The webhook GET http://legacy.example.com/audit will be deleted.'));
  assert.ok(body.includes('- ⚠️ `sync_crm`: can\\_interrupt lets this webhook block or alter registrations.'));
  const reasons = renderComment(
    aPlan([aProject({ deletes: [aDelete({ reason: 'prune', action: undefined }), aDelete({ reason: 'identity-changed' }), aDelete({ reason: 'duplicate' })] })]),
    { marker: aMarker(), status: planned },
  ).body;
  assert.ok(reasons.includes('| `-` | *(unnamed)* |'));
  assert.ok(reasons.includes('delete: not in the manifest (prune)'));
  assert.ok(reasons.includes('delete: replaced: its url, method or hook list changed'));
  assert.ok(reasons.includes('delete: duplicate of a managed webhook'));
});

test('unmanaged hooks are listed collapsed as left untouched', () => {
  const body = comment();
  const block = /<details><summary>1 unmanaged webhook, left untouched<\/summary>([\s\S]*?)<\/details>/.exec(body)?.[1];
  assert.ok(block);
  assert.ok(block.includes('| `settings.before` | `POST` | `https://console-made.example.com/hook` |'));
});

test('previews: rendered JSON collapsed, cancelled call, evaluation error', () => {
  const plan = aPlan([
    aProject({
      creates: [
        aCreate({ action: 'rendered_one', preview: { kind: 'rendered', json: '{\n  "email": "jane@example.com"\n}' } }),
        aCreate({ action: 'cancelled_one', preview: { kind: 'cancelled' } }),
        aCreate({ action: 'broken_one', preview: { kind: 'error', message: 'RUNTIME ERROR: Field does not exist: traits\n\tbody:1:17-40' } }),
      ],
    }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('<details><summary>Request body preview</summary>\n\n```json\n{\n  "email": "jane@example.com"\n}\n```\n\n</details>'));
  assert.ok(body.includes('Request body preview: call skipped for this sample (`error "cancel"`).'));
  assert.ok(body.includes('the body fails to evaluate for the sample request:\n\n```text\nRUNTIME ERROR: Field does not exist: traits\n\tbody:1:17-40\n```'));
});

test('every status has its own line, with the run linked', () => {
  const run = { runNumber: '12', runUrl: 'https://github.com/acme/infra/actions/runs/12345' };
  assert.ok(comment(mixedPlan(), planned).includes('📝 **Planned** at `0123456`. It is applied when this pull request merges.'));
  assert.ok(comment(mixedPlan(), { status: 'applying', ...run }).includes('⏳ **Applying** in [run #12](https://github.com/acme/infra/actions/runs/12345)…'));
  assert.ok(comment(mixedPlan(), { status: 'applied', ...run }).includes('✅ **Applied** in [run #12](https://github.com/acme/infra/actions/runs/12345).'));
  const failed = comment(mixedPlan(), { status: 'failed', failureReason: 'plan-changed', detail: 'The plan changed since approval.', ...run });
  assert.ok(failed.includes('❌ **Failed** (`plan-changed`): The plan changed since approval. See [run #12](https://github.com/acme/infra/actions/runs/12345).'));
  assert.ok(comment(mixedPlan(), { status: 'failed' }).includes('❌ **Failed**: the plan was not applied.'));
});

test('a plan with no changes still renders, with the summary sentence and "No changes."', () => {
  const body = comment(aPlan([aProject({ unchanged: ['welcome_email'] })]));
  assert.ok(body.includes('**Plan: 0 to create, 0 to update, 0 to delete.** No changes.'));
  assert.ok(body.includes('no changes'));
  assert.ok(!body.includes('| Action |'));
});

test('several projects each get their own table, and warnings name their project', () => {
  const plan = aPlan([
    aProject({ projectId: 'p-one', projectName: 'One', creates: [aCreate()], warnings: [aWarning('plain-http', 'plain http', 'welcome_email')] }),
    aProject({ projectId: 'p-two', projectName: undefined, revisionId: 'rev-2', deletes: [aDelete()] }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('#### Project One `p-one`'));
  assert.ok(body.includes('#### Project `p-two`'));
  assert.ok(body.includes('- ⚠️ `welcome_email` (project `One`): plain http'));
  assert.ok(body.indexOf('p-one`') < body.indexOf('p-two`'));
});

test('markdown and HTML in values, names and messages are escaped', () => {
  const plan = aPlan([
    aProject({
      projectName: '<b>Evil</b> | *name*',
      creates: [aCreate({ action: 'a|b', url: plain('https://x.example.com/a|b?q=<script>') })],
      warnings: [aWarning('ory-warning', '<img src=x onerror=alert(1)> [click](https://evil) @team', 'a|b')],
    }),
  ]);
  const body = comment(plan);
  assert.ok(!body.includes('<img'));
  assert.ok(!body.includes('<b>Evil'));
  assert.ok(!body.includes('[click](https://evil)'));
  assert.ok(body.includes('`https://x.example.com/a\\|b?q=<script>`'), 'pipes escaped even inside code in tables');
  // every table row keeps six cells
  for (const line of body.split('\n').filter((l) => l.startsWith('| `+`'))) {
    assert.equal(line.split(/(?<!\\)\|/).length - 2, 6, line);
  }
});

test('a body containing a code fence cannot break out of its block', () => {
  const plan = aPlan([aProject({ creates: [aCreate({ body: 'local x = "```";\n```\n<details>\nfunction(ctx) {}' })] })]);
  const body = comment(plan);
  assert.ok(body.includes('````jsonnet\n'));
});

test('small plans open their details; larger ones keep them collapsed', () => {
  assert.ok(comment().includes('<details open><summary>Details of 3 changes</summary>'));
  const many = aPlan([aProject({ creates: Array.from({ length: 6 }, (_, i) => aCreate({ action: `h${i}` })) })]);
  assert.ok(comment(many).includes('<details><summary>Details of 6 changes</summary>'));
});

test('the job summary holds the same plan, without a marker, and an optional status', () => {
  const summary = renderSummary(mixedPlan());
  assert.ok(!summary.includes('ory-actions-gitops {'));
  assert.ok(summary.startsWith('### Ory Actions plan for `ory-actions.yaml`'));
  assert.ok(summary.includes('**Plan: 1 to create, 1 to update, 1 to delete.**'));
  assert.ok(summary.includes('```diff'));
  assert.ok(!summary.includes('**Planned**'));
  const titled = renderSummary(mixedPlan(), { title: 'Staging <plan>', status: { status: 'applied', runNumber: '3' } });
  assert.ok(titled.startsWith('### Staging &lt;plan&gt;'));
  assert.ok(titled.includes('✅ **Applied** in run #3.'));
});

test('same input gives byte-identical output', () => {
  const options = { marker: aMarker(), status: planned };
  assert.equal(renderComment(mixedPlan(), options).body, renderComment(mixedPlan(), options).body);
  assert.equal(renderSummary(mixedPlan()), renderSummary(mixedPlan()));
});

test('an update whose body diff is missing on the live side shows the manifest body', () => {
  const plan = aPlan([aProject({ updates: [anUpdate({ bodyBefore: undefined })], unmanaged: [anUnmanaged()] })]);
  const body = comment(plan);
  assert.ok(body.includes('The live body could not be read; the body in the manifest:'));
  assert.ok(!body.includes('```diff'));
});
