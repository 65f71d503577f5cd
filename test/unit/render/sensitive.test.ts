import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planToJson, renderComment, renderSummary, renderText } from '../../../src/render/index.ts';
import { aCreate, aMarker, anUpdate, aPlan, aProject, plain, RAW_SECRET, sensitive } from './fixtures.ts';

/**
 * A plan where sensitive values are shown by their display only, and where the raw secret sits in
 * places a careless renderer would print: the body of a sensitive-body create, its preview, and the
 * before/after bodies of a sensitive body change.
 */
function planWithSecrets() {
  const url = sensitive('${{ env.HOOK_URL }}');
  return aPlan([
    aProject({
      creates: [
        aCreate({
          action: 'secret_hook',
          url,
          fields: {
            url,
            method: plain('POST'),
            body: sensitive('${{ env.BODY_TEMPLATE }}'),
            'auth.type': plain('api_key'),
            'auth.name': plain('X-Api-Key'),
            'auth.value': sensitive('${{ env.WELCOME_HOOK_KEY }}'),
          },
          body: `function(ctx) { key: "${RAW_SECRET}" }`,
          preview: { kind: 'rendered', json: `{"key": "${RAW_SECRET}"}` },
        }),
      ],
      updates: [
        anUpdate({
          action: 'rotated',
          changes: [
            { field: 'auth.value', before: sensitive('(sensitive)'), after: sensitive('${{ env.NEW_KEY }}') },
            { field: 'body', before: sensitive('(sensitive)'), after: sensitive('${{ env.BODY }}') },
          ],
          bodyBefore: `old ${RAW_SECRET}`,
          bodyAfter: `new ${RAW_SECRET}`,
          preview: { kind: 'error', message: `cannot index ${RAW_SECRET}` },
        }),
      ],
    }),
  ]);
}

test('no rendering ever prints a raw secret', () => {
  const plan = planWithSecrets();
  const outputs = {
    comment: renderComment(plan, { marker: aMarker(), status: { status: 'planned' } }).body,
    summary: renderSummary(plan),
    text: renderText(plan),
    json: planToJson(plan),
  };
  for (const [name, output] of Object.entries(outputs)) {
    assert.ok(!output.includes(RAW_SECRET), `${name} leaks the secret`);
    assert.ok(!output.includes('TOPSECRET'), `${name} leaks part of the secret`);
  }
});

test('sensitive values appear as their reference or (sensitive), marked as such', () => {
  const plan = planWithSecrets();
  const comment = renderComment(plan, { marker: aMarker(), status: { status: 'planned' } }).body;
  assert.ok(comment.includes('`auth.value: ${{ env.WELCOME_HOOK_KEY }}` 🔒'));
  assert.ok(comment.includes('`POST` `${{ env.HOOK_URL }}` 🔒'));
  assert.ok(comment.includes('+ secret_hook  registration.after.password  ${{ env.HOOK_URL }}'));
  assert.ok(comment.includes('```diff\n- auth.value: (sensitive)\n+ auth.value: ${{ env.NEW_KEY }} (sensitive)\n```'));
  assert.ok(comment.includes('Body: `(sensitive)` → `${{ env.BODY }}` 🔒 (sensitive: not shown)'));
  assert.ok(comment.includes('Body: `${{ env.BODY_TEMPLATE }}` 🔒 (sensitive: not shown)'));
  assert.ok(comment.includes('Request body preview hidden: the body is sensitive.'));
  const text = renderText(plan);
  assert.ok(text.includes('auth.value = ${{ env.WELCOME_HOOK_KEY }} (sensitive)'));
  assert.ok(text.includes('(sensitive body changed)'));
  assert.ok(text.includes('auth.value   (sensitive) -> ${{ env.NEW_KEY }} (sensitive)'));
});
