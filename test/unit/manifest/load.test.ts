import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodySource } from '../../../src/model/action.ts';
import type { Diagnostic } from '../../../src/model/diagnostics.ts';
import { formatDiagnostic, ManifestError } from '../../../src/model/diagnostics.ts';
import { bodyLocation } from '../../../src/manifest/index.ts';
import { load, loadExample, yaml } from './helpers.ts';

const ADVANCED_ENV = {
  WELCOME_HOOK_KEY: 'wk-5ecret-key',
  CRM_PASSWORD: 'crm-5ecret-pw',
  AUDIT_HOOK_URL: 'audit-5ecret-token',
  STAGING_PROJECT_ID: 'staging-project-1',
};

test('the seed examples load to the right actions, lists and defaults', () => {
  const { manifest, diagnostics } = loadExample('ory-actions.yaml', { projectIdOverride: 'proj-1' });
  assert.ok(manifest, diagnostics.map(formatDiagnostic).join('\n'));
  assert.equal(manifest.defaultProjectId, 'proj-1');
  assert.equal(manifest.prune, false);
  assert.deepEqual(manifest.secrets, []);
  const summary = manifest.actions.map((a) => ({
    name: a.name,
    projectId: a.projectId,
    list: a.list,
    authMethod: a.authMethod,
    url: a.url,
    method: a.method,
    canInterrupt: a.canInterrupt,
    responseIgnore: a.responseIgnore,
    responseParse: a.responseParse,
    hasBody: a.body !== undefined,
    display: a.display,
  }));
  assert.deepEqual(summary, [
    {
      name: 'welcome_email',
      projectId: 'proj-1',
      list: { flow: 'registration', timing: 'after', method: 'password' },
      authMethod: 'password',
      url: 'https://api.example.com/webhooks/welcome',
      method: 'POST',
      canInterrupt: false,
      responseIgnore: false,
      responseParse: false,
      hasBody: true,
      display: {},
    },
    {
      name: 'validate_login',
      projectId: 'proj-1',
      list: { flow: 'login', timing: 'before' },
      authMethod: undefined,
      url: 'https://api.example.com/webhooks/validate',
      method: 'POST',
      canInterrupt: true,
      responseIgnore: false,
      responseParse: false,
      hasBody: false,
      display: {},
    },
    {
      name: 'audit_log',
      projectId: 'proj-1',
      list: { flow: 'settings', timing: 'after', method: 'password' },
      authMethod: 'password',
      url: 'https://api.example.com/webhooks/audit',
      method: 'POST',
      canInterrupt: false,
      responseIgnore: true,
      responseParse: false,
      hasBody: false,
      display: {},
    },
    {
      name: 'sync_verified',
      projectId: 'proj-1',
      // verification has one flat `after` list: the method is kept but not used for the list
      list: { flow: 'verification', timing: 'after' },
      authMethod: 'code',
      url: 'https://api.example.com/webhooks/user-verified',
      method: 'POST',
      canInterrupt: false,
      responseIgnore: false,
      responseParse: false,
      hasBody: false,
      display: {},
    },
  ]);
  const welcome = manifest.actions[0]!;
  assert.equal(
    welcome.body?.source,
    'function(ctx) {\n  email: ctx.identity.traits.email,\n  name: ctx.identity.traits.name,\n  created_at: ctx.identity.created_at\n}\n',
  );
  assert.deepEqual(welcome.body?.location, { file: 'examples/ory-actions.yaml', line: 14, column: 7 });
  assert.deepEqual(welcome.location, { file: 'examples/ory-actions.yaml', line: 7, column: 3 });
  // the only diagnostic is the can_interrupt deprecation warning
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.key]),
    [['warning', 'actions.validate_login.can_interrupt']],
  );
});

test('the seed examples need a project: without the input they fail and say how to set one', () => {
  const { manifest, diagnostics } = loadExample('ory-actions.yaml');
  assert.equal(manifest, undefined);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.equal(errors.length, 4);
  for (const e of errors) assert.match(e.hint ?? '', /project_id .*project-id input/);
});

test('the advanced example: body files, env secrets, per-action project, sample_ctx, prune', () => {
  const { manifest, diagnostics } = loadExample('advanced.yaml', { env: ADVANCED_ENV });
  assert.ok(manifest, diagnostics.map(formatDiagnostic).join('\n'));
  assert.deepEqual(diagnostics, []);
  assert.equal(manifest.prune, true);
  assert.equal(manifest.defaultProjectId, '6e1b0c6e-1f0b-4a5e-9d8c-5b6a7c8d9e0f');
  const byName = new Map(manifest.actions.map((a) => [a.name, a]));

  const welcome = byName.get('welcome_email')!;
  assert.equal(welcome.body?.file, 'bodies/welcome.jsonnet');
  assert.deepEqual(welcome.body?.location, { file: 'examples/bodies/welcome.jsonnet', line: 1, column: 1 });
  assert.match(welcome.body!.source, /^function\(ctx\) \{/);
  assert.deepEqual(welcome.auth, { type: 'api_key', name: 'X-Api-Key', value: 'wk-5ecret-key', in: 'header' });
  assert.deepEqual(welcome.display, { 'auth.value': '${{ env.WELCOME_HOOK_KEY }}' });
  assert.deepEqual(welcome.sampleCtx, { identity: { traits: { email: 'ada@example.com', name: 'Ada Lovelace' } } });

  const crm = byName.get('crm_check')!;
  assert.deepEqual(crm.auth, { type: 'basic_auth', user: 'ory', password: 'crm-5ecret-pw' });
  assert.deepEqual(crm.display, { 'auth.password': '${{ env.CRM_PASSWORD }}' });
  assert.equal(crm.responseParse, true);

  const audit = byName.get('audit_settings')!;
  assert.equal(audit.url, 'https://hooks.example.com/audit/audit-5ecret-token');
  assert.equal(audit.display.url, 'https://hooks.example.com/audit/${{ env.AUDIT_HOOK_URL }}');
  assert.equal(audit.method, 'PUT');
  assert.deepEqual(audit.list, { flow: 'settings', timing: 'after', method: 'profile' });

  const staging = byName.get('staging_recovery_notice')!;
  assert.equal(staging.projectId, 'staging-project-1');
  assert.equal(staging.display.project_id, '${{ env.STAGING_PROJECT_ID }}');
  assert.deepEqual(staging.list, { flow: 'recovery', timing: 'after' });
  assert.equal(byName.get('recovery_notice')!.projectId, '6e1b0c6e-1f0b-4a5e-9d8c-5b6a7c8d9e0f');

  assert.deepEqual([...manifest.secrets].sort(), Object.values(ADVANCED_ENV).sort());
});

test('project id: the action wins over the input, the input over the manifest', () => {
  const text = yaml`
    project_id: from-manifest
    actions:
      own:
        project_id: from-action
        flow: login
        timing: before
        url: https://example.com/a
      inherited:
        flow: login
        timing: before
        url: https://example.com/b
  `;
  const withInput = load(text, { projectIdOverride: 'from-input' }).manifest!;
  assert.deepEqual(withInput.actions.map((a) => a.projectId), ['from-action', 'from-input']);
  assert.equal(withInput.defaultProjectId, 'from-input');
  const withoutInput = load(text, { projectIdOverride: '' }).manifest!;
  assert.deepEqual(withoutInput.actions.map((a) => a.projectId), ['from-action', 'from-manifest']);
});

test('the same url in different projects or lists is not a duplicate', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/hook
      b:
        flow: registration
        timing: after
        auth_method: oidc
        url: https://example.com/hook
      c:
        project_id: p2
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/hook
      d:
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/hook
        method: PUT
  `);
  assert.deepEqual(diagnostics, []);
  assert.equal(manifest?.actions.length, 4);
});

test('env references: resolved everywhere, shown as written, collected as secrets', () => {
  const env = { HOST: 'hooks.internal.example.com', TOKEN: 't0ken-abc', PROJECT: 'proj-from-env', USER_NAME: 'svc-user', PW: 'pa55-word', TENANT: 'tenant-42' };
  const { manifest, diagnostics } = load(
    yaml`
      project_id: \${{ env.PROJECT }}
      actions:
        a:
          flow: registration
          timing: after
          auth_method: password
          url: https://\${{env.HOST}}/hooks/\${{ env.TOKEN }}
          body: |
            function(ctx) { tenant: "\${{ env.TENANT }}" }
          auth:
            type: basic_auth
            user: \${{ env.USER_NAME }}
            password: \${{   env.PW   }}
          sample_ctx:
            identity:
              traits:
                tenant: \${{ env.TENANT }}
    `,
    { env },
  );
  assert.ok(manifest, diagnostics.map(formatDiagnostic).join('\n'));
  const a = manifest.actions[0]!;
  assert.equal(a.url, 'https://hooks.internal.example.com/hooks/t0ken-abc');
  assert.equal(a.projectId, 'proj-from-env');
  assert.equal(a.body?.source, 'function(ctx) { tenant: "tenant-42" }\n');
  assert.deepEqual(a.auth, { type: 'basic_auth', user: 'svc-user', password: 'pa55-word' });
  // a preview never sees a secret: the reference text stands in the sample ctx for its value
  assert.deepEqual(a.sampleCtx, { identity: { traits: { tenant: '${{ env.TENANT }}' } } });
  assert.deepEqual(a.sampleCtxReferences, ['TENANT']);
  assert.deepEqual(a.display, {
    url: 'https://${{env.HOST}}/hooks/${{ env.TOKEN }}',
    body: 'function(ctx) { tenant: "${{ env.TENANT }}" }\n',
    'auth.user': '${{ env.USER_NAME }}',
    'auth.password': '${{   env.PW   }}',
    project_id: '${{ env.PROJECT }}',
  });
  assert.deepEqual([...manifest.secrets].sort(), Object.values(env).sort());
  assert.deepEqual(diagnostics, []);
});

test('auth secrets are always sensitive: a literal one is shown as (sensitive) and warned about', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: login
        timing: before
        url: https://example.com/hook
        auth:
          type: api_key
          name: X-Api-Key
          value: literal-key-123
          in: cookie
  `);
  assert.ok(manifest);
  const a = manifest.actions[0]!;
  assert.deepEqual(a.auth, { type: 'api_key', name: 'X-Api-Key', value: 'literal-key-123', in: 'cookie' });
  assert.deepEqual(a.display, { 'auth.value': '(sensitive)' });
  assert.deepEqual(manifest.secrets, ['literal-key-123']);
  assert.equal(diagnostics.length, 1);
  const warning = diagnostics[0]!;
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.key, 'actions.a.auth.value');
  assert.match(warning.message, /written literally: a secret in the repository/);
  assert.deepEqual([warning.location?.line, warning.location?.column], [10, 14]);
  assert.ok(!warning.message.includes('literal-key-123'));
});

test('warnings do not stop loading: plain http and can_interrupt', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: login
        timing: before
        url: http://example.com/hook
        can_interrupt: true
  `);
  assert.ok(manifest);
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.key, d.hint]),
    [
      ['warning', 'actions.a.url', 'use https://'],
      ['warning', 'actions.a.can_interrupt', 'prefer response_parse: true'],
    ],
  );
});

test('no secret appears in any diagnostic, whatever goes wrong', () => {
  const env = {
    BAD_URL: 'ftp://s3cr3t-host.example.com/x',
    REL_URL: 's3cr3t-relative',
    FLOW: 's3cr3t-flow',
    KEY: 's3cr3t-key',
    PW: 's3cr3t-password',
    DUP: 's3cr3t-dup-token',
  };
  const checkBody = (body: BodySource): Diagnostic[] => [
    { severity: 'error', message: `syntax error near ${body.source.slice(0, 40)}`, location: bodyLocation(body, 1, 1) },
  ];
  const { manifest, diagnostics } = load(
    yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: \${{ env.BAD_URL }}
        b:
          flow: login
          timing: before
          url: \${{ env.REL_URL }}
        c:
          flow: \${{ env.FLOW }}
          timing: before
          url: https://example.com/c
          auth:
            type: api_key
            name: X
            value: \${{ env.KEY }}
            user: \${{ env.PW }}
        d:
          flow: login
          timing: before
          url: https://example.com/\${{ env.DUP }}
          body: 'local k = "\${{ env.KEY }}"; {'
        e:
          flow: login
          timing: before
          url: https://example.com/\${{ env.DUP }}
        f:
          flow: login
          timing: before
          url: https://example.com/f
          auth:
            type: basic_auth
            user: u
            password: 12345678
    `,
    { env, checkBody },
  );
  assert.equal(manifest, undefined);
  assert.ok(diagnostics.filter((d) => d.severity === 'error').length >= 6, diagnostics.map(formatDiagnostic).join('\n'));
  const everything = diagnostics.map((d) => `${formatDiagnostic(d)} ${d.hint ?? ''}`).join('\n');
  for (const secret of [...Object.values(env), '12345678']) {
    assert.ok(!everything.includes(secret), `secret ${secret} leaked:\n${everything}`);
  }
  // the references are shown instead
  assert.match(everything, /\$\{\{ env\.BAD_URL \}\}/);
  assert.match(everything, /actions "d" and "e" would be the same hook.*\$\{\{ env\.DUP \}\}/);
  // and the ManifestError built from them is just as clean
  assert.ok(!Object.values(env).some((s) => new ManifestError(diagnostics).message.includes(s)));
});

test('checkBody diagnostics are collected and block loading', () => {
  const seen: BodySource[] = [];
  const { manifest, diagnostics } = load(
    yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/a
          body: |
            function(ctx) {
              x: ,
            }
        b:
          flow: login
          timing: before
          url: https://example.com/b
          body_file: b.jsonnet
    `,
    {
      files: { 'b.jsonnet': 'function(ctx) {}\n' },
      checkBody: (body) => {
        seen.push(body);
        const at = body.source.indexOf('x: ,');
        if (at === -1) return [];
        return [{ severity: 'error', message: 'Jsonnet: unexpected ","', location: bodyLocation(body, 2, 6) }];
      },
    },
  );
  assert.equal(manifest, undefined);
  assert.deepEqual(seen.map((b) => b.file), [undefined, 'b.jsonnet']);
  assert.deepEqual(diagnostics.map((d) => [d.message, d.location?.line, d.location?.column]), [['Jsonnet: unexpected ","', 9, 12]]);
});

test('anchors and merge keys work for valid manifests', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      password_welcome: &welcome
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/welcome
        body: 'function(ctx) { id: ctx.identity.id }'
      oidc_welcome:
        <<: *welcome
        auth_method: oidc
  `);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(manifest?.actions.map((a) => [a.name, a.list.method, a.url, a.body?.source]), [
    ['password_welcome', 'password', 'https://example.com/welcome', 'function(ctx) { id: ctx.identity.id }'],
    ['oidc_welcome', 'oidc', 'https://example.com/welcome', 'function(ctx) { id: ctx.identity.id }'],
  ]);
});

test('an empty actions mapping is a valid manifest (with prune it owns nothing and deletes all)', () => {
  const { manifest, diagnostics } = load('project_id: p1\nprune: true\nactions: {}\n');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(manifest, { path: 'ory-actions.yaml', defaultProjectId: 'p1', prune: true, actions: [], secrets: [] });
});

test('diagnostics are sorted by position', () => {
  const { diagnostics } = load(yaml`
    project_id: p1
    actions:
      b:
        flow: login
        timing: soon
        url: https://example.com/b
      a:
        flow: nowhere
        timing: before
        url: https://example.com/a
  `);
  assert.deepEqual(diagnostics.map((d) => d.location?.line), [5, 8]);
});

test('YAML resource abuse and broken merges are errors, not crashes', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'actions: {}', ''].join('\n');
  const bombResult = load(bomb);
  assert.equal(bombResult.manifest, undefined);
  assert.match(bombResult.diagnostics[0]!.message, /alias/i);
  const badMerge = load('project_id: p1\nactions:\n  a:\n    <<: not-a-map\n    flow: login\n');
  assert.equal(badMerge.manifest, undefined);
  assert.match(badMerge.diagnostics.map((d) => d.message).join('\n'), /Merge sources must be maps/);
});

test('CRLF line endings load the same, with the same positions', () => {
  const lf = 'project_id: p1\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://example.com/a\n    body: |\n      function(ctx)\n        {}\n';
  const crlf = load(lf.replace(/\n/g, '\r\n')).manifest!;
  const plain = load(lf).manifest!;
  assert.equal(crlf.actions[0]!.body?.source, plain.actions[0]!.body?.source);
  assert.deepEqual(crlf.actions[0]!.body?.location, plain.actions[0]!.body?.location);
  const bad = load('project_id: p1\r\nactions:\r\n  a:\r\n    flow: logn\r\n    timing: before\r\n    url: https://e.com\r\n');
  assert.deepEqual([bad.diagnostics[0]!.location?.line, bad.diagnostics[0]!.location?.column], [4, 11]);
});

test('an unset variable in sample_ctx is an error at that value', () => {
  const { manifest, diagnostics } = load('project_id: p1\nactions:\n  a:\n    flow: login\n    timing: before\n    url: https://e.com/a\n    sample_ctx:\n      identity: { id: "${{ env.MISSING_ID }}" }\n');
  assert.equal(manifest, undefined);
  assert.deepEqual(diagnostics.map((d) => [d.key, d.location?.line, d.location?.column]), [['actions.a.sample_ctx.identity.id', 8, 24]]);
});

test('duplicate and complex keys are found at any depth, but not among the keys a merge brings in', () => {
  const { diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/a
        <<: { method: POST, method: PUT }
        sample_ctx:
          identity:
            traits: { email: x, email: y }
      b:
        flow: login
        timing: before
        url: https://example.com/b
        ? [x, y]
        : 1
  `);
  const found = diagnostics.filter((d) => /duplicate key|plain name/.test(d.message)).map((d) => [d.message, d.key, d.location?.line]);
  assert.deepEqual(found, [
    ['duplicate key "email" in actions.a.sample_ctx.identity.traits (first at line 11)', 'actions.a.sample_ctx.identity.traits.email', 11],
    ['a key must be a plain name, not a list or mapping', 'actions.b', 16],
  ]);
});

test('a key named __proto__ is data: unknown at the top, kept as an ordinary key in sample_ctx, and nothing is polluted', () => {
  const top = load(yaml`
    project_id: p1
    __proto__: { polluted: true }
    actions: {}
  `);
  assert.deepEqual(top.diagnostics.map((d) => d.key), ['__proto__']);
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: registration
        timing: after
        auth_method: password
        url: https://example.com/a
        sample_ctx:
          __proto__: { polluted: true }
          identity: { id: x }
  `);
  assert.deepEqual(diagnostics, []);
  const ctx = manifest!.actions[0]!.sampleCtx as Record<string, unknown>;
  assert.deepEqual(Object.keys(ctx), ['__proto__', 'identity']);
  assert.equal(JSON.stringify(ctx), '{"__proto__":{"polluted":true},"identity":{"id":"x"}}');
  assert.equal((ctx as { polluted?: unknown }).polluted, undefined);
  assert.equal(({} as { polluted?: unknown }).polluted, undefined);
});

test('a base64:// body (as the Terraform provider passes it) is decoded for checks and kept as written for Ory', () => {
  const jsonnet = 'function(ctx) { email: ctx.identity.traits.email }';
  const encoded = `base64://${Buffer.from(jsonnet).toString('base64')}`;
  const checked: string[] = [];
  const { manifest, diagnostics } = load(
    yaml`
      project_id: p1
      actions:
        a:
          flow: registration
          timing: after
          auth_method: password
          url: https://example.com/hook
          body: ${encoded}
    `,
    { checkBody: (body) => (checked.push(body.source), []) },
  );
  assert.ok(manifest, diagnostics.map(formatDiagnostic).join('\n'));
  assert.equal(manifest.actions[0]!.body!.source, jsonnet);
  assert.equal(manifest.actions[0]!.body!.encoded, encoded);
  assert.deepEqual(checked, [jsonnet], 'the Jsonnet check sees the decoded source');
  assert.deepEqual(bodyLocation(manifest.actions[0]!.body!, 1, 5), manifest.actions[0]!.body!.location, 'a place in decoded text points at the body value');
});

test('a base64:// body that is not standard base64 is a located error saying what Kratos would do', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      a:
        flow: login
        timing: before
        url: https://example.com/hook
        body: base64://not*base64
  `);
  assert.equal(manifest, undefined);
  const error = diagnostics.find((d) => d.severity === 'error')!;
  assert.match(error.message, /not standard base64 of UTF-8 text: Kratos could not decode it and would fail the webhook on every call/);
  assert.deepEqual([error.location?.line, error.location?.column], [7, 11]);
  assert.match(error.hint ?? '', /base64 -w0/);
});

test('auth_method global and saml load to the flow-level list and the saml list', () => {
  const { manifest, diagnostics } = load(yaml`
    project_id: p1
    actions:
      everywhere:
        flow: login
        timing: after
        auth_method: global
        url: https://example.com/global
      sso:
        flow: settings
        timing: after
        auth_method: saml
        url: https://example.com/saml
  `);
  assert.ok(manifest, diagnostics.map(formatDiagnostic).join('\n'));
  assert.deepEqual(manifest.actions.map((a) => a.list), [
    { flow: 'login', timing: 'after' },
    { flow: 'settings', timing: 'after', method: 'saml' },
  ]);
});
