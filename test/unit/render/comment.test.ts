import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommentStatusLine } from '../../../src/model/comment.ts';
import type { PlanWarning } from '../../../src/model/plan.ts';
import { formatMarker, parseMarker } from '../../../src/model/marker.ts';
import { renderComment, renderSummary } from '../../../src/render/index.ts';
import { WARNING_SEVERITY } from '../../../src/render/warnings-markdown.ts';
import { aCreate, aDelete, aMarker, anUnmanaged, anUpdate, aPlan, aProject, aWarning, mixedPlan, plain } from './fixtures.ts';

const planned: CommentStatusLine = { status: 'planned' };
const LINKS = { repoUrl: 'https://github.com/acme/identity', sha: '0123456789abcdef0123456789abcdef01234567' };
const BLOB = `${LINKS.repoUrl}/blob/${LINKS.sha}`;

function comment(plan = mixedPlan(), status: CommentStatusLine = planned): string {
  return renderComment(plan, { marker: aMarker(), status, links: LINKS }).body;
}

function overviewOf(body: string): string {
  const block = /```diff\n([\s\S]*?)```/.exec(body)?.[1];
  assert.ok(block, 'an overview diff block');
  return block;
}

test('the comment starts with the marker, then a heading naming the manifest, the summary line and the status line', () => {
  const { body, truncated } = renderComment(mixedPlan(), { marker: aMarker(), status: planned });
  assert.equal(truncated, false);
  assert.equal(body.split('\n')[0], formatMarker(aMarker()));
  assert.deepEqual(parseMarker(body), aMarker());
  assert.ok(body.includes('### Ory Actions plan for `ory-actions.yaml`\n'));
  assert.ok(body.includes('\n**Plan: 1 to create, 1 to update, 1 to delete.**\n'));
  assert.ok(body.indexOf('### Ory Actions plan') < body.indexOf('Plan: 1 to create'));
  assert.ok(body.indexOf('Plan: 1 to create') < body.indexOf('📝 **Planned** at `0123456`'));
});

test('the overview is one line per change: mark, action, hook list, what changes, with short URLs', () => {
  const lines = overviewOf(comment()).trimEnd().split('\n');
  assert.deepEqual(lines, [
    '+ welcome_email  registration.after.password  api.example.com/webhooks/welcome',
    '! sync_crm       registration.after.password  body +1 −0 lines',
    '!                                             can_interrupt: false → true',
    '- old_audit      login.before                 removed from the manifest',
  ]);
  assert.ok(lines.every((line) => line.length <= 84), 'no line wider than the column');
});

test('a URL change is one replace line with before and after, counted beside the unchanged summary line', () => {
  const oldUrl = plain('https://api.example.com/webhooks/audit');
  const plan = aPlan([
    aProject({
      creates: [aCreate({ action: 'audit_log', url: plain('https://api.example.com/webhooks/audit-v2') })],
      deletes: [aDelete({ action: 'audit_log', reason: 'identity-changed', url: oldUrl, method: 'POST', list: { flow: 'registration', timing: 'after', method: 'password' }, listKey: 'registration.after.password' })],
    }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('**Plan: 1 to create, 0 to update, 1 to delete.** (1 to replace, counted as a create and a delete)'));
  assert.deepEqual(overviewOf(body).trimEnd().split('\n'), ['-/+ audit_log  registration.after.password  url: …/audit → …/audit-v2']);
  assert.ok(body.includes('**`-/+` replace `audit_log`**'));
  assert.ok(body.includes('- url: https://api.example.com/webhooks/audit\n+ url: https://api.example.com/webhooks/audit-v2'), 'full URLs in the details');
  assert.ok(!body.includes('Deletes 1 webhook'), 'a replace is not a loss');
  // a method or list change is a replace too
  const moved = aPlan([aProject({ creates: [aCreate({ action: 'x', method: 'PUT', list: { flow: 'login', timing: 'before' }, listKey: 'login.before' })], deletes: [aDelete({ action: 'x', reason: 'identity-changed', method: 'POST', url: plain('https://api.example.com/webhooks/welcome'), listKey: 'registration.after.password' })] })]);
  assert.equal(overviewOf(comment(moved)), '-/+ x  login.before  method: POST → PUT\n-/+                  list: registration.after.password → login.before\n');
});

test('warnings come risk first, by a severity table, each once, with the line they come from linked at the head commit', () => {
  const plan = aPlan([
    aProject({
      creates: [aCreate({ action: 'welcome_email' }), aCreate({ action: 'validate_login', list: { flow: 'login', timing: 'before' }, listKey: 'login.before' })],
      deletes: [aDelete()],
      warnings: [
        { ...aWarning('plain-http', '"welcome_email" calls a plain http:// URL: identity data travels unencrypted.', 'welcome_email'), location: { file: 'ory-actions.yaml', line: 3, column: 3 } },
        aWarning('delete', 'Deletes "old_audit" from login.before: it was removed from the manifest.', 'old_audit'),
        { ...aWarning('can-block', '"validate_login" can interrupt the login flow: if its endpoint fails or refuses, users cannot log in.', 'validate_login'), location: { file: 'ory-actions.yaml', line: 9, column: 3 } },
        { ...aWarning('can-block', '"validate_login" can interrupt the login flow: if its endpoint fails or refuses, users cannot log in.', 'validate_login'), location: { file: 'ory-actions.yaml', line: 9, column: 3 } },
        {
          ...aWarning('body-evaluation', 'The body of "welcome_email" fails for a sample registration after request, so the webhook would fail too: bodies/welcome.jsonnet:4:11: field does not exist: locale', 'welcome_email'),
          location: { file: 'bodies/welcome.jsonnet', line: 4, column: 11 },
          detail: 'field does not exist: locale',
          excerpt: '  locale: ctx.identity.traits.locale,',
        },
      ],
    }),
  ]);
  const body = comment(plan);
  const caution = body.indexOf('> [!CAUTION]');
  const warning = body.indexOf('> [!WARNING]');
  assert.ok(caution > 0 && caution < warning, 'a failing body is a caution, above the warnings');
  assert.ok(body.includes(`> **\`welcome_email\` would fail for a sample registration:** \`field does not exist: locale\` · [bodies/welcome.jsonnet:4:11](${BLOB}/bodies/welcome.jsonnet#L4)`));
  assert.ok(body.includes('> ```jsonnet\n> locale: ctx.identity.traits.locale,\n> ```'), 'the line of the error, as an excerpt');
  const order = ['can interrupt the login flow', 'Deletes 1 webhook', 'plain http:// URL'].map((text) => body.indexOf(text));
  assert.ok(order.every((at, i) => at > warning && (i === 0 || at > order[i - 1]!)), `order ${order}`);
  assert.equal(body.split('can interrupt the login flow').length, 2, 'the same warning once');
  assert.ok(body.includes(`> - \`validate_login\` can interrupt the login flow: if its endpoint fails or refuses, users cannot log in. · [ory-actions.yaml:9:3](${BLOB}/ory-actions.yaml#L9)`));
  assert.ok(body.includes('> - **Deletes 1 webhook**: `old_audit` — removed from the manifest'));
  assert.ok(!body.includes('Deletes `old_audit` from'), 'the planner\'s delete recap is not repeated');
});

test('every kind of warning has a place in the severity table, ranked as the issue orders them', () => {
  const rank = (kind: PlanWarning['kind']) => WARNING_SEVERITY[kind].rank;
  assert.ok(rank('body-evaluation') < rank('can-block'));
  assert.ok(rank('can-block') < rank('no-body'));
  assert.ok(rank('no-body') < rank('delete'));
  assert.ok(rank('delete') < rank('plain-http'));
  assert.equal(WARNING_SEVERITY['body-evaluation'].alert, 'CAUTION');
});

test('many warnings of one kind are one line naming the actions', () => {
  const creates = Array.from({ length: 40 }, (_, i) => aCreate({ action: `hook_${i}` }));
  const warnings = creates.map((c) => aWarning('response-parse', `"${c.action}" parses its response: the endpoint can change the identity or block the registration flow.`, c.action));
  const body = comment(aPlan([aProject({ creates, warnings })]));
  assert.ok(body.includes('> **40 actions** parse their response (`response_parse: true`): the endpoint can change the identity or block the flow: `hook_0`, `hook_1`,'));
  assert.ok(body.includes('`hook_9`, and 30 more'));
  assert.equal(body.split('parse their response').length, 2);
});

test('manifest warnings (a deprecated key) are in the comment too, located', () => {
  const plan = { ...mixedPlan(), manifestWarnings: [{ severity: 'warning' as const, message: 'action "validate_login" uses can_interrupt, which is deprecated in Kratos', location: { file: 'ory-actions.yaml', line: 26, column: 5 }, key: 'actions.validate_login.can_interrupt', hint: 'prefer `response_parse: true`' }] };
  const body = comment(plan);
  assert.ok(body.includes(`> [!NOTE]\n> action \`validate_login\` uses can\\_interrupt, which is deprecated in Kratos (\`actions.validate_login.can_interrupt\`) — prefer \`response_parse: true\` · [ory-actions.yaml:26:5](${BLOB}/ory-actions.yaml#L26)`));
});

test('creates show only what differs from the defaults; deletes have no field table; the body says its lines and file', () => {
  const body = comment(
    aPlan([
      aProject({
        creates: [
          aCreate({
            action: 'welcome_email',
            location: { file: 'ory-actions.yaml', line: 7, column: 3 },
            bodyFile: 'bodies/welcome.jsonnet',
            body: 'function(ctx) {\n  a: 1,\n  b: 2,\n  c: 3,\n}\n',
            fields: { url: plain('https://api.example.com/webhooks/welcome'), method: plain('POST'), body: plain('jsonnet, 5 lines'), can_interrupt: plain('true'), response_ignore: plain('false'), response_parse: plain('false') },
          }),
        ],
        deletes: [aDelete()],
      }),
    ]),
  );
  assert.ok(body.includes(`**\`+\` create \`welcome_email\`** in \`registration.after.password\` · [ory-actions.yaml:7:3](${BLOB}/ory-actions.yaml#L7)`));
  assert.ok(body.includes('`POST` `https://api.example.com/webhooks/welcome`'), 'the full URL in the details');
  assert.ok(body.includes('\n`can_interrupt: true`\n'));
  assert.ok(!body.includes('response_ignore'), 'defaults are left out');
  assert.ok(!body.includes('(none)'));
  assert.ok(body.includes(`Body from [\`bodies/welcome.jsonnet\`](${BLOB}/bodies/welcome.jsonnet#L1), 5 lines:`));
  assert.ok(body.includes('**`-` delete `old_audit`** from `login.before`: `GET` `http://legacy.example.com/audit`, removed from the manifest'));
  assert.ok(!body.includes('| Field |'), 'no field tables at all');
});

test('updates show their fields as a diff, then the body diff', () => {
  const body = comment();
  assert.ok(body.includes('```diff\n- can_interrupt: false\n+ can_interrupt: true\n```'));
  const diffs = [...body.matchAll(/```diff\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const bodyDiff = diffs.find((d) => d.startsWith('--- live'));
  assert.ok(bodyDiff);
  assert.match(bodyDiff, /^--- live\n\+\+\+ manifest\n@@ -1,3 \+1,4 @@\n/);
  assert.ok(bodyDiff.includes('+  email: ctx.identity.traits.email,'));
});

test('the revision and fingerprint are in the footer, after everything else', () => {
  const body = comment();
  const footer = body.trimEnd().split('\n').at(-1)!;
  assert.equal(footer, '<sub>project Acme Production `6e1b2c3d-0000-4000-8000-000000000001` at revision `rev-0001` · fingerprint `a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2`</sub>');
  assert.equal(body.replace(/^<!--.*-->$/m, '').split('rev-0001').length, 2, 'the revision once, besides the marker');
});

test('unmanaged hooks are listed folded, as left untouched', () => {
  const block = /<details><summary>1 unmanaged webhook, left untouched<\/summary>([\s\S]*?)<\/details>/.exec(comment())?.[1];
  assert.ok(block);
  assert.ok(block.includes('- `settings.before` `POST` `https://console-made.example.com/hook`'));
});

test('previews: rendered JSON folded, a cancelled call, an evaluation error', () => {
  const plan = aPlan([
    aProject({
      creates: [
        aCreate({ action: 'rendered_one', preview: { kind: 'rendered', json: '{\n  "email": "jane@example.com"\n}' } }),
        aCreate({ action: 'cancelled_one', preview: { kind: 'cancelled' } }),
        aCreate({ action: 'broken_one', preview: { kind: 'error', message: 'body:1:17: Field does not exist: traits' } }),
      ],
    }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('<details><summary>Request body preview for the sample</summary>\n\n```json\n{\n  "email": "jane@example.com"\n}\n```\n\n</details>'));
  assert.ok(body.includes('Request body preview for the sample: none, the body cancels the call (`error "cancel"`).'));
  assert.ok(body.includes('⚠️ Request body preview: none, the body fails for the sample request: `body:1:17: Field does not exist: traits`'));
});

test('every status has its own line, with the run linked', () => {
  const run = { runNumber: '12', runUrl: 'https://github.com/acme/infra/actions/runs/12345' };
  assert.ok(comment(mixedPlan(), { status: 'applying', ...run }).includes('⏳ **Applying** in [run #12](https://github.com/acme/infra/actions/runs/12345)…'));
  assert.ok(comment(mixedPlan(), { status: 'applied', ...run }).includes('✅ **Applied** in [run #12](https://github.com/acme/infra/actions/runs/12345).'));
  const failed = comment(mixedPlan(), { status: 'failed', failureReason: 'plan-changed', detail: 'The plan changed since approval.', ...run });
  assert.ok(failed.includes('❌ **Failed** (`plan-changed`): The plan changed since approval. See [run #12](https://github.com/acme/infra/actions/runs/12345).'));
});

test('a plan with no changes still renders, with the summary sentence and no overview', () => {
  const body = comment(aPlan([aProject({ unchanged: ['welcome_email'] })]));
  assert.ok(body.includes('**Plan: 0 to create, 0 to update, 0 to delete.** No changes.'));
  assert.ok(body.includes('Unchanged: `welcome_email`'));
  assert.ok(!body.includes('```diff'));
});

test('several projects each get a heading and an overview, and warnings name their project', () => {
  const plan = aPlan([
    aProject({ projectId: 'p-one', projectName: 'One', creates: [aCreate()], warnings: [aWarning('plain-http', '"welcome_email" calls a plain http:// URL.', 'welcome_email')] }),
    aProject({ projectId: 'p-two', projectName: undefined, revisionId: 'rev-2', deletes: [aDelete()] }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('### Ory Actions plan for `ory-actions.yaml`\n'), 'no single project name in the title');
  assert.ok(body.includes('#### Project One `p-one`\n\nPlan: 1 to create, 0 to update, 0 to delete.'));
  assert.ok(body.includes('#### Project `p-two`'));
  assert.ok(body.includes('`welcome_email` calls a plain http:// URL. (project `One`)'));
  assert.ok(body.includes('**Deletes 1 webhook** (project `p-two`)'));
  assert.ok(body.includes('project One `p-one` at revision `rev-0001` · project `p-two` at revision `rev-2`'));
});

test('inline text is inert: live URLs in code (no autolink), hint backticks become code, no visible escapes', () => {
  const live = 'https://hooks.example.com/a_b/c*d?token=x_y';
  const plan = aPlan([
    aProject({
      deletes: [aDelete({ action: undefined, reason: 'prune', url: plain(live), method: 'POST' })],
      warnings: [
        aWarning('delete', `Deletes POST ${live} from login.before: prune is on and no action declares it.`),
        aWarning('ory-warning', 'Ory says: see https://status.example.com/x_y, mail ops@example.com or ping @acme/team; use `body_file` instead'),
      ],
    }),
  ]);
  const body = comment(plan);
  assert.ok(body.includes('**Deletes 1 webhook**: `POST` `hooks.example.com/a_b/c*d?…` — not in the manifest (prune)'));
  assert.ok(body.includes('see `https://status.example.com/x_y`, mail `ops@example.com` or ping `@acme/team`; use `body_file` instead'));
  assert.ok(!body.includes('\\`'), 'no escaped backticks');
  // outside code spans, fences and links, no URL is left for GitHub to autolink
  const prose = body
    .replace(/^<!--.*-->$/m, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']');
  assert.ok(!/https?:\/\/|www\.|@\w/.test(prose), prose);
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
  assert.ok(body.includes('`https://x.example.com/a|b?q=<script>`'), 'the URL in code, verbatim');
});

test('a body containing a code fence cannot break out of its block', () => {
  const plan = aPlan([aProject({ creates: [aCreate({ body: 'local x = "```";\n```\n<details>\nfunction(ctx) {}' })] })]);
  assert.ok(comment(plan).includes('````jsonnet\n'));
});

test('a large plan opens with a count per hook list, and its overview toggle says how many it shows', () => {
  const creates = Array.from({ length: 30 }, (_, i) => aCreate({ action: `h${i}` }));
  const body = comment(aPlan([aProject({ creates, updates: [anUpdate()] })]));
  assert.ok(body.includes('| Hook list | `+` create | `!` update |\n| --- | --- | --- |\n| `registration.after.password` | 30 | 1 |'));
  assert.ok(body.includes('<details><summary>31 changes</summary>'));
  assert.ok(body.indexOf('| Hook list |') < body.indexOf('<summary>31 changes'));
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
  const options = { marker: aMarker(), status: planned, links: LINKS };
  assert.equal(renderComment(mixedPlan(), options).body, renderComment(mixedPlan(), options).body);
  assert.equal(renderSummary(mixedPlan()), renderSummary(mixedPlan()));
});

test('an update whose live body cannot be read shows the manifest body', () => {
  const body = comment(aPlan([aProject({ updates: [anUpdate({ bodyBefore: undefined })], unmanaged: [anUnmanaged()] })]));
  assert.ok(body.includes('The live body could not be read; the body in the manifest, 4 lines:'));
  assert.ok(!body.includes('--- live'));
});
