import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { MANIFEST_SCHEMA } from '../../../src/manifest/index.ts';
import { authMethodsOf, FLOWS, HTTP_METHODS, TIMINGS } from '../../../src/model/hook-list.ts';
import { REPO_ROOT } from './helpers.ts';

const schemaFile = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/ory-actions.schema.json'), 'utf8')) as Record<string, any>;

function compile() {
  return new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schemaFile);
}

test('the schema file is valid JSON Schema (draft-07) and is what MANIFEST_SCHEMA exports', () => {
  const ajv = new Ajv();
  assert.equal(ajv.validateSchema(schemaFile), true, JSON.stringify(ajv.errors));
  assert.equal(schemaFile.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(MANIFEST_SCHEMA, schemaFile);
});

test('the schema validates the example manifests', () => {
  const validate = compile();
  for (const name of ['ory-actions.yaml', 'advanced.yaml', 'environments.yaml']) {
    const doc = parse(readFileSync(join(REPO_ROOT, 'examples', name), 'utf8'), { merge: true });
    assert.equal(validate(doc), true, `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema refuses what the loader refuses, so editors flag it too', () => {
  const validate = compile();
  const action = { flow: 'login', timing: 'before', url: 'https://example.com/h' };
  const refused: Record<string, unknown>[] = [
    { actions: { a: { ...action, colour: 'red' } } },
    { actions: { a: { ...action, method: 'post' } } },
    { actions: { a: { ...action, auth_method: 'password' } } },
    { actions: { a: { ...action, timing: 'after' } } },
    { actions: { a: { ...action, flow: 'registration', timing: 'after', auth_method: 'profile' } } },
    { actions: { a: { ...action, flow: 'recovery', timing: 'after', auth_method: 'password' } } },
    { actions: { a: { ...action, body: 'x', body_file: 'y' } } },
    { actions: { a: { ...action, response_ignore: true, response_parse: true } } },
    { actions: { a: { ...action, response_ignore: true, can_interrupt: true } } },
    { actions: { a: { ...action, auth: { type: 'api_key', name: 'n' } } } },
    { actions: { a: { ...action, auth: { type: 'basic_auth', user: 'u', password: 'p', name: 'n' } } } },
    { actions: { 'Bad Name': action } },
    { version: 2, actions: {} },
    {},
  ];
  for (const doc of refused) assert.equal(validate(doc), false, JSON.stringify(doc));
  assert.equal(validate({ actions: { a: { ...action, flow: 'verification', timing: 'after', auth_method: 'link' } } }), true);
});

test('the schema agrees with the model: flows, timings, methods and auth methods', () => {
  const props = schemaFile.definitions.action.properties;
  assert.deepEqual(props.flow.enum, [...FLOWS]);
  assert.deepEqual(props.timing.enum, [...TIMINGS]);
  assert.deepEqual(props.method.enum, [...HTTP_METHODS]);
  assert.deepEqual(new Set(props.auth_method.enum), new Set(FLOWS.flatMap(authMethodsOf)));
  const perFlow = schemaFile.definitions.action.allOf
    .filter((rule: any) => rule.then?.properties?.auth_method)
    .flatMap((rule: any) => {
      const flows: string[] = rule.if.properties.flow.enum ?? [rule.if.properties.flow.const];
      return flows.map((flow) => [flow, rule.then.properties.auth_method.enum]);
    });
  assert.deepEqual(Object.fromEntries(perFlow), Object.fromEntries(FLOWS.map((flow) => [flow, authMethodsOf(flow)])));
});

test('every property has a description, and defaults are documented for editors', () => {
  const missing: string[] = [];
  const walk = (node: any, path: string): void => {
    if (!node || typeof node !== 'object') return;
    if (node.properties) {
      for (const [key, value] of Object.entries<any>(node.properties)) {
        if (value.$ref === undefined && !value.description) missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
    }
  };
  walk(schemaFile, '');
  for (const [name, def] of Object.entries(schemaFile.definitions)) walk(def, name);
  assert.deepEqual(missing, []);
  const props = schemaFile.definitions.action.properties;
  assert.equal(props.method.default, 'POST');
  for (const flag of ['can_interrupt', 'response_ignore', 'response_parse']) assert.equal(props[flag].default, false);
  assert.equal(schemaFile.properties.prune.default, false);
  assert.equal(schemaFile.definitions.auth.properties.in.default, 'header');
});

test('the schema covers environments: names, project_id, plain-text vars, and actions limited to some', () => {
  const validate = compile();
  const action = { flow: 'login', timing: 'before', url: '${{ vars.hooks }}/h' };
  const good = {
    environments: { staging: { project_id: 'p-s', vars: { hooks: 'https://s.example.com' } }, production: { project_id: 'p-p' } },
    actions: { a: action, b: { ...action, environments: ['production'] } },
  };
  assert.equal(validate(good), true, JSON.stringify(validate.errors));
  const refused: Record<string, unknown>[] = [
    { environments: { 'bad name': {} }, actions: {} },
    { environments: { staging: { projectid: 'x' } }, actions: {} },
    { environments: { staging: { vars: { '9x': 'v' } } }, actions: {} },
    { environments: { staging: { vars: { hooks: 8080 } } }, actions: {} },
    { environments: { staging: { vars: { hooks: '${{ env.HOOKS }}' } } }, actions: {} },
    { environments: { staging: {} }, actions: { a: { ...action, environments: [] } } },
    { environments: { staging: {} }, actions: { a: { ...action, environments: ['staging', 'staging'] } } },
    { environments: { staging: {} }, actions: { a: { ...action, environments: 'staging' } } },
  ];
  for (const doc of refused) assert.equal(validate(doc), false, JSON.stringify(doc));
});

test('a schema made for a manifest completes and checks its environment names', async () => {
  const { declaredEnvironmentNames, schemaForEnvironments } = await import('../../../src/manifest/index.ts');
  const names = declaredEnvironmentNames('environments:\n  staging: {}\n  production: {}\nactions: {}\n');
  assert.deepEqual(names, ['staging', 'production']);
  assert.deepEqual(declaredEnvironmentNames('actions: {}\n'), []);
  assert.deepEqual(declaredEnvironmentNames('environments: [\n'), []);
  const made = schemaForEnvironments(names) as Record<string, any>;
  assert.deepEqual(made.definitions.action.properties.environments.items.enum, ['staging', 'production']);
  // the shipped schema is left as it is
  assert.equal(schemaFile.definitions.action.properties.environments.items.enum, undefined);
  const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(made);
  const action = { flow: 'login', timing: 'before', url: 'https://a.example.com' };
  assert.equal(validate({ environments: { staging: {}, production: {} }, actions: { a: { ...action, environments: ['production'] } } }), true);
  assert.equal(validate({ environments: { staging: {}, production: {} }, actions: { a: { ...action, environments: ['prod'] } } }), false);
});
