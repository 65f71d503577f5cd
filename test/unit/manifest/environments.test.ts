import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPreviousManifest } from '../../../src/commands/load-manifest.ts';
import { targetName } from '../../../src/model/action.ts';
import { load, loadExample, yaml } from './helpers.ts';

const TWO_ENVIRONMENTS = yaml`
  project_id: p-default
  environments:
    staging:
      project_id: p-staging
      vars: { hooks: https://hooks.staging.example.com }
    production:
      project_id: p-production
      vars: { hooks: https://hooks.example.com, audit_path: /audit }
  actions:
    welcome:
      flow: registration
      timing: after
      auth_method: password
      url: \${{ vars.hooks }}/welcome
    audit:
      flow: login
      timing: before
      url: \${{ vars.hooks }}\${{ vars.audit_path }}?key=\${{ env.AUDIT_KEY }}
      environments: [production]
`;

function errors(result: ReturnType<typeof load>) {
  return result.diagnostics.filter((d) => d.severity === 'error');
}

function where(d: { location?: { line: number; column: number } }): string {
  return d.location ? `${d.location.line}:${d.location.column}` : '-';
}

test('each environment resolves its own project and vars; vars are in clear, an env-limited action exists only there', () => {
  const staging = load(TWO_ENVIRONMENTS, { environment: 'staging' });
  assert.deepEqual(errors(staging), []);
  assert.equal(staging.manifest!.environment, 'staging');
  assert.deepEqual(staging.manifest!.environments, ['staging', 'production']);
  assert.equal(staging.manifest!.defaultProjectId, 'p-staging');
  assert.deepEqual(
    staging.manifest!.actions.map((a) => [a.name, a.projectId, a.url, a.display]),
    [['welcome', 'p-staging', 'https://hooks.staging.example.com/welcome', {}]],
  );
  // the production-only action's secret is not needed (nor set) in a staging job
  assert.deepEqual(staging.manifest!.secrets, []);

  const production = load(TWO_ENVIRONMENTS, { environment: 'production', env: { AUDIT_KEY: 'k-secret' } });
  assert.deepEqual(errors(production), []);
  const audit = production.manifest!.actions.find((a) => a.name === 'audit')!;
  assert.equal(audit.projectId, 'p-production');
  assert.equal(audit.url, 'https://hooks.example.com/audit?key=k-secret');
  // a secret in the URL makes it sensitive: shown with the vars put in and the env reference kept
  assert.equal(audit.display.url, 'https://hooks.example.com/audit?key=${{ env.AUDIT_KEY }}');
  assert.deepEqual(production.manifest!.secrets, ['k-secret']);
});

test('the project-id input overrides the environment, which overrides the manifest; the target is named', () => {
  const overridden = load(TWO_ENVIRONMENTS, { environment: 'staging', projectIdOverride: 'p-other' });
  assert.equal(overridden.manifest!.defaultProjectId, 'p-other');
  assert.equal(overridden.manifest!.environment, 'staging');
  const fallback = load(
    yaml`
      project_id: p-default
      environments:
        dev: { vars: { hooks: https://dev.example.com } }
      actions: {}
    `,
    { environment: 'dev' },
  );
  assert.equal(fallback.manifest!.defaultProjectId, 'p-default');
  assert.equal(targetName('', 'p-1'), 'p-1');
  assert.equal(targetName(' staging ', 'p-1'), 'staging');
  assert.equal(targetName(undefined, undefined), '');
});

test('without environments, the environment input is only a name; the project-id input names the target otherwise', () => {
  const text = yaml`
    project_id: p-1
    actions: {}
  `;
  assert.equal(load(text, { environment: 'eu' }).manifest!.environment, 'eu');
  assert.equal(load(text, { projectIdOverride: 'p-2' }).manifest!.environment, 'p-2');
  assert.equal(load(text).manifest!.environment, undefined);
});

test('a missing or unknown environment is a located error that lists the names', () => {
  const missing = errors(load(TWO_ENVIRONMENTS));
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /declares environments \(staging, production\): a run targets exactly one/);
  assert.match(missing[0]!.hint!, /`environment` input .*--environment/);
  assert.equal(where(missing[0]!), '2:1');

  const unknown = errors(load(TWO_ENVIRONMENTS, { environment: 'producton' }));
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0]!.message, 'unknown environment "producton": ory-actions.yaml declares staging, production');
  assert.equal(unknown[0]!.hint, 'did you mean "production"?');
  assert.equal(where(unknown[0]!), '2:1');

  const far = errors(load(TWO_ENVIRONMENTS, { environment: 'qa' }));
  assert.match(far[0]!.hint!, /one of staging, production/);
});

test('a ${{ vars.X }} the environment lacks is an error at the reference, and a warning for the other environments', () => {
  const text = yaml`
    environments:
      staging: { project_id: p-s, vars: { hooks: https://s.example.com } }
      production: { project_id: p-p, vars: { hooks: https://p.example.com } }
    actions:
      welcome:
        flow: login
        timing: before
        url: \${{ vars.hoks }}/welcome
  `;
  const result = load(text, { environment: 'staging' });
  const [error] = errors(result);
  assert.equal(error!.message, 'environment "staging" has no variable "hoks" (referenced as ${{ vars.hoks }})');
  assert.match(error!.hint!, /^did you mean "hooks"\?/);
  assert.equal(where(error!), '8:10');
  assert.equal(error!.location!.file, 'ory-actions.yaml');
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  assert.deepEqual(warnings.map((w) => [w.message.split(':')[0], where(w)]), [['environment "production" has no variable "hoks" (referenced as ${{ vars.hoks }})', '8:10']]);
  assert.equal(result.manifest, undefined);
});

test('an action limited to an unknown environment is a located error with did-you-mean, whatever the target', () => {
  const text = yaml`
    environments:
      staging: { project_id: p-s }
      production: { project_id: p-p }
    actions:
      audit:
        flow: login
        timing: before
        url: https://audit.example.com
        environments: [staging, prodution, staging]
  `;
  for (const environment of ['staging', 'production']) {
    const found = errors(load(text, { environment }));
    assert.deepEqual(
      found.map((d) => [d.message, where(d), d.hint]),
      [
        ['action "audit" names an unknown environment "prodution"', '9:29', 'did you mean "production"?'],
        ['action "audit" lists the environment "staging" twice', '9:40', 'keep one of them'],
      ],
    );
  }
  const empty = errors(load(text.replace('[staging, prodution, staging]', '[]'), { environment: 'staging' }));
  assert.match(empty[0]!.message, /limited to no environment at all/);
});

test('environments on an action, or vars, without environments in the manifest are errors', () => {
  const text = yaml`
    project_id: p-1
    actions:
      audit:
        flow: login
        timing: before
        url: \${{ vars.hooks }}/audit
        environments: [production]
  `;
  const found = errors(load(text));
  assert.deepEqual(found.map((d) => [d.message, where(d)]), [
    ['${{ vars.hooks }} needs an environment, and the manifest declares no `environments`', '6:10'],
    ['action "audit" is limited to environments, but the manifest declares none', '7:5'],
  ]);
});

test('environment and variable names, and references inside vars, are checked', () => {
  const text = yaml`
    environments:
      "bad name": { project_id: p-1 }
      staging:
        project_id: \${{ vars.project }}
        vars:
          9lives: x
          hooks: \${{ env.HOOKS }}
          port: 8080
    actions: {}
  `;
  const found = errors(load(text, { environment: 'staging' }));
  assert.deepEqual(found.map((d) => [d.message.split(':')[0], where(d)]), [
    ['invalid environment name "bad name"', '2:3'],
    ['${{ vars.* }} cannot be used in an environment\'s own settings', '4:17'],
    ['invalid variable name "9lives" in environment "staging"', '6:7'],
    ['the variable "hooks" of environment "staging" holds a reference', '7:14'],
    ['"port" must be a string; got the number 8080', '8:13'],
  ]);
});

test('an environment\'s project_id may come from the step\'s environment, shown as its reference', () => {
  const text = yaml`
    environments:
      staging:
        project_id: \${{ env.STAGING_PROJECT }}
    actions:
      a: { flow: login, timing: before, url: https://a.example.com }
  `;
  const result = load(text, { environment: 'staging', env: { STAGING_PROJECT: 'p-from-env' } });
  assert.deepEqual(errors(result), []);
  assert.equal(result.manifest!.actions[0]!.projectId, 'p-from-env');
  assert.equal(result.manifest!.actions[0]!.display.project_id, '${{ env.STAGING_PROJECT }}');
});

test('vars reach inline bodies and body files', () => {
  const text = yaml`
    environments:
      staging: { project_id: p-s, vars: { tenant: acme-staging } }
    actions:
      inline:
        flow: login
        timing: before
        url: https://a.example.com
        body: 'function(ctx) { tenant: "\${{ vars.tenant }}" }'
      file:
        flow: login
        timing: before
        url: https://b.example.com
        body_file: bodies/b.jsonnet
  `;
  const result = load(text, { environment: 'staging', files: { 'bodies/b.jsonnet': 'function(ctx) { t: "${{ vars.tenant }}" }' } });
  assert.deepEqual(errors(result), []);
  const [inline, file] = result.manifest!.actions;
  assert.equal(inline!.body!.source, 'function(ctx) { tenant: "acme-staging" }');
  assert.equal(file!.body!.source, 'function(ctx) { t: "acme-staging" }');
  assert.deepEqual([inline!.display, file!.display], [{}, {}]);
  const missing = errors(load(text, { environment: 'staging', files: { 'bodies/b.jsonnet': '\n  ${{ vars.tenat }}' } }));
  assert.deepEqual(missing.map((d) => [d.location!.file, where(d)]), [['bodies/b.jsonnet', '2:3']]);
});

test('the previous manifest is read for the same environment', () => {
  const head = load(TWO_ENVIRONMENTS, { environment: 'staging' }).manifest!;
  // the same environment: its own actions
  const same = loadPreviousManifest('ory-actions.yaml', TWO_ENVIRONMENTS, { AUDIT_KEY: 'k' }, undefined, { environment: 'production', head });
  assert.deepEqual(same.manifest!.actions.map((a) => [a.name, a.projectId]), [['welcome', 'p-production'], ['audit', 'p-production']]);
  assert.deepEqual(same.dropped, []);
  // its secret unset: that action costs only itself
  const unset = loadPreviousManifest('ory-actions.yaml', TWO_ENVIRONMENTS, {}, undefined, { environment: 'production', head });
  assert.deepEqual([unset.manifest!.actions.map((a) => a.name), unset.dropped.map((d) => d.name)], [['welcome'], ['audit']]);
  // staging never saw the production-only action: nothing dropped there either
  const staging = loadPreviousManifest('ory-actions.yaml', TWO_ENVIRONMENTS, {}, undefined, { environment: 'staging', head });
  assert.deepEqual([staging.manifest!.actions.map((a) => a.name), staging.dropped], [['welcome'], []]);
  // an environment the previous manifest did not declare owned nothing
  const newer = loadPreviousManifest('ory-actions.yaml', TWO_ENVIRONMENTS, {}, undefined, { environment: 'qa', head });
  assert.deepEqual(newer.manifest!.actions, []);
  // before environments existed: only actions in the projects this environment targets count
  const before = yaml`
    project_id: p-production
    actions:
      welcome: { flow: registration, timing: after, auth_method: password, url: https://hooks.example.com/welcome }
      staged: { flow: login, timing: before, url: https://hooks.staging.example.com/x, project_id: p-staging }
  `;
  const migrated = loadPreviousManifest('ory-actions.yaml', before, {}, undefined, { environment: 'staging', head });
  assert.deepEqual(migrated.manifest!.actions.map((a) => a.name), ['staged']);
});

test('the example manifest loads for each of its environments', () => {
  const env = { ORY_STAGING_PROJECT_ID: 'p-s', ORY_PRODUCTION_PROJECT_ID: 'p-p', FRAUD_HOOK_KEY: 'k-123' };
  const staging = loadExample('environments.yaml', { environment: 'staging', env: { ORY_STAGING_PROJECT_ID: 'p-s' } });
  assert.deepEqual(errors(staging), []);
  assert.deepEqual(staging.manifest!.actions.map((a) => [a.name, a.projectId, a.url]), [['welcome_email', 'p-s', 'https://hooks.staging.example.com/welcome']]);
  assert.match(staging.manifest!.actions[0]!.body!.source, /tenant: "acme-staging"/);
  const production = loadExample('environments.yaml', { environment: 'production', env });
  assert.deepEqual(errors(production), []);
  assert.deepEqual(production.manifest!.actions.map((a) => [a.name, a.url]), [['welcome_email', 'https://hooks.example.com/welcome'], ['fraud_check', 'https://hooks.example.com/fraud']]);
});

test('an environment project_id that does not resolve never falls back to the manifest project_id', () => {
  const text = yaml`
    project_id: p-default
    environments:
      staging:
        project_id: \${{ env.STAGING_PROJECT }}
    actions:
      a: { flow: login, timing: before, url: https://a.example.com }
  `;
  const head = load(text, { environment: 'staging' });
  assert.match(errors(head)[0]!.message, /STAGING_PROJECT is not set/);
  // the previous commit's manifest read with the variable gone: its action is dropped, not moved to p-default
  const previous = loadPreviousManifest('ory-actions.yaml', text, {}, undefined, { environment: 'staging' });
  assert.deepEqual(previous.manifest!.actions, []);
  assert.deepEqual(previous.dropped.map((d) => d.name), ['a']);
});

test('vars in sample_ctx stay in clear for the preview; env references are replaced by their text', () => {
  const text = yaml`
    environments:
      staging: { project_id: p-s, vars: { tenant: acme-staging } }
    actions:
      a:
        flow: login
        timing: before
        url: https://a.example.com
        sample_ctx:
          tenant: \${{ vars.tenant }}
          key: \${{ vars.tenant }}-\${{ env.K }}
  `;
  const result = load(text, { environment: 'staging', env: { K: 'secret-k' } });
  assert.deepEqual(errors(result), []);
  assert.deepEqual(result.manifest!.actions[0]!.sampleCtx, { tenant: 'acme-staging', key: 'acme-staging-${{ env.K }}' });
});
