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
  for (const name of ['ory-actions.yaml', 'advanced.yaml']) {
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
