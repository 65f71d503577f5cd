import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderText } from '../../../src/render/index.ts';
import { aCreate, aDelete, aPlan, aProject, aWarning, hugePlan, mixedPlan, plain } from './fixtures.ts';

test('renderText reads like a Terraform plan', () => {
  const text = renderText(mixedPlan());
  const expected = [
    'Ory Actions plan for ory-actions.yaml',
    '',
    'Project Acme Production (6e1b2c3d-0000-4000-8000-000000000001), revision rev-0001:',
    '',
    '  + create welcome_email in registration.after.password',
    '      url             = https://api.example.com/webhooks/welcome',
    '      method          = POST',
    '      body            =',
    '        function(ctx) { email: ctx.identity.traits.email }',
    '      can_interrupt   = false',
    '      response_ignore = false',
    '      response_parse  = false',
    '      preview (request body for the sample):',
    '        {',
    '          "email": "jane@example.com"',
    '        }',
    '',
    '  ~ update sync_crm in registration.after.password (POST https://crm.example.com/hooks/ory)',
    '      body            changed:',
    '        --- live',
    '        +++ manifest',
    '        @@ -1,3 +1,4 @@',
    '         function(ctx) {',
    '           id: ctx.identity.id,',
    '        +  email: ctx.identity.traits.email,',
    '         }',
    '      can_interrupt   false -> true',
    '      preview: call skipped for this sample (error "cancel")',
    '',
    '  - delete old_audit in login.before (GET http://legacy.example.com/audit): removed from the manifest',
    '',
    '  Unchanged: notify_slack',
    '',
    '  Unmanaged webhooks (left untouched):',
    '    settings.before POST https://console-made.example.com/hook',
    '',
    'Warnings:',
    '  ! "sync_crm" can interrupt the registration flow: if its endpoint fails or refuses, users cannot sign up. (ory-actions.yaml:14)',
    '  ! Deletes "old_audit" from login.before: it was removed from the manifest.',
    '  ! "welcome_email" calls a plain http:// URL: identity data travels unencrypted. (ory-actions.yaml:5)',
    '',
    'Plan: 1 to create, 1 to update, 1 to delete.',
    'Fingerprint: a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2',
    '',
  ].join('\n');
  assert.equal(text, expected);
});

test('renderText says when there is nothing to do', () => {
  const text = renderText(aPlan([aProject()]));
  assert.ok(text.includes('  No changes.'));
  assert.ok(text.includes('Plan: 0 to create, 0 to update, 0 to delete. No changes.'));
});

test('renderText shows evaluation errors and prune deletes without a name', () => {
  const text = renderText(
    aPlan([
      aProject({
        creates: [aCreate({ preview: { kind: 'error', message: 'RUNTIME ERROR: Field does not exist: traits' } })],
        deletes: [aDelete({ action: undefined, reason: 'prune' })],
      }),
    ]),
  );
  assert.ok(text.includes('      preview: the body fails to evaluate for the sample request:\n        RUNTIME ERROR: Field does not exist: traits'));
  assert.ok(text.includes('  - delete in login.before (GET http://legacy.example.com/audit): not in the manifest (prune)'));
});

test('renderText cannot be turned into workflow commands or terminal escapes', () => {
  const text = renderText(
    aPlan([
      aProject({
        creates: [aCreate({ body: '::add-mask::nothing\n  ::stop-commands::token\n\u001b[31mred' })],
        warnings: [aWarning('ory-warning', 'fine\n::error::injected')],
      }),
    ]),
  );
  for (const line of text.split('\n')) assert.ok(!/^\s*::/.test(line), line);
  assert.ok(!text.includes('\u001b'));
  assert.ok(text.includes('?[31mred'));
});

test('renderText names the project of each warning when there are several', () => {
  const text = renderText(
    aPlan([
      aProject({ projectId: 'p1', projectName: 'One', warnings: [aWarning('plain-http', 'plain http', 'a')] }),
      aProject({ projectId: 'p2', projectName: undefined, creates: [aCreate({ url: plain('https://x') })] }),
    ]),
  );
  assert.ok(text.includes('  ! a: plain http [project One]'));
  assert.ok(text.includes('Project p2, revision rev-0001:'));
});

test('a 20,000-action plan renders as text: lines are appended one by one, never spread onto the stack', () => {
  const text = renderText(hugePlan(20_000));
  assert.match(text, /\+ create hook_19999 /);
  assert.match(text, /^Fingerprint: /m);
});
