import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../../../src/model/plan.ts';
import { planToJson } from '../../../src/render/index.ts';
import { aPlan, aProject, mixedPlan } from './fixtures.ts';

test('planToJson is pretty, ends with a newline and parses back to the plan, lists named as SPEC names them', () => {
  const plan = mixedPlan();
  const json = planToJson(plan);
  assert.ok(json.endsWith('}\n'));
  assert.ok(json.startsWith('{\n  "formatVersion": 1,\n  "manifest": "ory-actions.yaml",\n  "fingerprint": '));
  const publicShape = {
    ...plan,
    projects: plan.projects.map(({ creates, updates, deletes, ...rest }) => ({ ...rest, create: creates, update: updates, delete: deletes })),
  };
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(publicShape)));
  const project = (JSON.parse(json) as { projects: Array<Record<string, unknown>> }).projects[0]!;
  assert.deepEqual(Object.keys(project).slice(0, 6), ['projectId', 'projectName', 'revisionId', 'create', 'update', 'delete']);
  assert.ok('unmanaged' in project);
});

test('planToJson gives the same bytes whatever order the keys were built in', () => {
  const plan = mixedPlan();
  const reversed = reverseKeys(plan) as Plan;
  assert.notEqual(JSON.stringify(plan), JSON.stringify(reversed));
  assert.equal(planToJson(plan), planToJson(reversed));
});

test('planToJson keeps a record key named __proto__ as data', () => {
  const plan = aPlan([aProject()], { changeDigests: JSON.parse('{"__proto__": "x", "a": "y"}') as Record<string, string> });
  const back = JSON.parse(planToJson(plan)) as { changeDigests: Record<string, string> };
  assert.deepEqual(Object.keys(back.changeDigests).sort(), ['__proto__', 'a']);
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) out[key] = reverseKeys((value as Record<string, unknown>)[key]);
  return out;
}
