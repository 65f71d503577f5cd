/** action.yml is ready for the GitHub Marketplace: the fields it lists an action by, within their limits. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from '../../support/paths.ts';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Record<string, any>;
// GitHub's metadata syntax: branding colours, and the Feather icons it leaves out
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
const OMITTED_ICONS = ['coffee', 'columns', 'divide-circle', 'divide-square', 'divide', 'frown', 'hexagon', 'key', 'meh', 'mouse-pointer', 'smile', 'tool', 'x-octagon'];

test('action.yml has the Marketplace listing fields: name, a description of at most 125 characters, author, branding', () => {
  assert.equal(typeof action.name, 'string');
  assert.ok(action.name.length > 0 && action.name.length <= 80, action.name);
  assert.equal(typeof action.description, 'string');
  assert.ok(action.description.length <= 125, `description is ${action.description.length} characters`);
  assert.equal(action.author, 'Ory Actions GitOps contributors');
  assert.ok(COLORS.includes(action.branding?.color), `branding color ${action.branding?.color}`);
  assert.match(action.branding?.icon ?? '', /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(!OMITTED_ICONS.includes(action.branding.icon), `${action.branding.icon} is not offered for actions`);
});

test('action.yml runs the committed bundle on the node24 runtime, and says what every input and output is', () => {
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
  assert.ok(existsSync(join(ROOT, action.runs.main)));
  for (const [name, spec] of Object.entries<any>({ ...action.inputs, ...action.outputs })) assert.ok(typeof spec?.description === 'string' && spec.description.length > 0, name);
});
