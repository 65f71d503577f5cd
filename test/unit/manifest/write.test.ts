import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DesiredAction } from '../../../src/model/action.ts';
import { manifestToYaml } from '../../../src/manifest/index.ts';
import { load, loadExample } from './helpers.ts';

/** What `import` would write for an action (the same shape as the manifest). */
function toRecord(action: DesiredAction): Record<string, unknown> {
  return {
    flow: action.flow,
    timing: action.timing,
    auth_method: action.authMethod,
    url: action.display.url ?? action.url,
    method: action.method,
    body: action.body ? (action.display.body ?? action.body.source) : undefined,
    can_interrupt: action.canInterrupt,
    response_ignore: action.responseIgnore,
    response_parse: action.responseParse,
    auth: action.auth
      ? action.auth.type === 'api_key'
        ? { type: 'api_key', name: action.auth.name, value: action.display['auth.value'] ?? action.auth.value, in: action.auth.in }
        : { type: 'basic_auth', user: action.auth.user, password: action.display['auth.password'] ?? action.auth.password }
      : undefined,
    sample_ctx: action.sampleCtx,
  };
}

/** An action without the positions, which naturally differ between files. */
function comparable(action: DesiredAction): unknown {
  const { location: _location, body, ...rest } = action;
  return { ...rest, body: body?.source };
}

test('round trip: loading what manifestToYaml wrote gives the same actions (seed examples)', () => {
  const original = loadExample('ory-actions.yaml', { projectIdOverride: 'p1' }).manifest!;
  const text = manifestToYaml({ project_id: 'p1', actions: Object.fromEntries(original.actions.map((a) => [a.name, toRecord(a)])) });
  const again = load(text);
  assert.ok(again.manifest, JSON.stringify(again.diagnostics));
  assert.deepEqual(again.manifest.actions.map(comparable), original.actions.map(comparable));
});

test('round trip keeps env references as written, and bodies exactly', () => {
  const env = { KEY: 'key-value-1', PW: 'pw-value-2', HOST: 'h.example.com' };
  const source = load(
    [
      'project_id: p1',
      'actions:',
      '  a:',
      '    flow: registration',
      '    timing: after',
      '    auth_method: webauthn',
      '    url: https://${{ env.HOST }}/a',
      '    method: PATCH',
      '    body: |-',
      '      function(ctx)',
      '        { trailing: "spaces  " }',
      '    response_parse: true',
      '    auth:',
      '      type: api_key',
      '      name: X-Key',
      '      value: ${{ env.KEY }}',
      '      in: cookie',
      '  b:',
      '    flow: verification',
      '    timing: before',
      '    url: https://example.com/b',
      "    body: 'function(ctx) {}'",
      '    auth:',
      '      type: basic_auth',
      '      user: u',
      '      password: ${{ env.PW }}',
      '    sample_ctx:',
      '      identity: { traits: { email: a@example.com } }',
      '',
    ].join('\n'),
    { env },
  ).manifest!;
  const text = manifestToYaml({ project_id: 'p1', actions: Object.fromEntries(source.actions.map((a) => [a.name, toRecord(a)])) });
  assert.ok(text.includes('value: ${{ env.KEY }}'), text);
  const again = load(text, { env }).manifest!;
  assert.deepEqual(again.actions.map(comparable), source.actions.map(comparable));
});

test('manifestToYaml: stable key order, defaults omitted, multi-line bodies as | blocks', () => {
  const text = manifestToYaml({
    prune: false,
    actions: {
      welcome: {
        project_id: 'p2',
        auth: { in: 'header', value: '${{ env.K }}', type: 'api_key', name: 'X-K' },
        response_parse: false,
        response_ignore: true,
        can_interrupt: false,
        body: 'function(ctx) {\n  id: ctx.identity.id,\n}\n',
        method: 'POST',
        url: 'https://example.com/w',
        auth_method: 'password',
        timing: 'after',
        flow: 'registration',
      },
      check: { method: 'PUT', flow: 'login', timing: 'before', url: 'https://example.com/c', body: 'function(ctx) {}' },
    },
  });
  assert.equal(
    text,
    [
      'actions:',
      '  welcome:',
      '    flow: registration',
      '    timing: after',
      '    auth_method: password',
      '    url: https://example.com/w',
      '    body: |',
      '      function(ctx) {',
      '        id: ctx.identity.id,',
      '      }',
      '    response_ignore: true',
      '    project_id: p2',
      '    auth:',
      '      type: api_key',
      '      name: X-K',
      '      value: ${{ env.K }}',
      '  check:',
      '    flow: login',
      '    timing: before',
      '    url: https://example.com/c',
      '    method: PUT',
      '    body: function(ctx) {}',
      '',
    ].join('\n'),
  );
});

test('manifestToYaml writes project_id and prune at the top when given', () => {
  const text = manifestToYaml({ project_id: 'abc', prune: true, actions: {} });
  assert.equal(text, 'project_id: abc\nprune: true\nactions: {}\n');
  assert.deepEqual(load(text).manifest, { path: 'ory-actions.yaml', defaultProjectId: 'abc', prune: true, actions: [], secrets: [] });
});
