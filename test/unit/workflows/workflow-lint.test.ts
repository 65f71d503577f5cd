/**
 * The repository's workflows pass the workflow lint (test/support/workflow-lint.ts), and the lint
 * fails, at the right line, on each kind of mistake it is there to catch.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/paths.ts';
import { lintWorkflow, lintWorkflowFile } from '../../support/workflow-lint.ts';

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

test('every workflow of the repository passes the lint', () => {
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
  for (const expected of ['check-dist.yml', 'ci.yml', 'e2e.yml', 'release.yml']) assert.ok(files.includes(expected), expected);
  for (const file of files) assert.deepEqual(lintWorkflowFile(ROOT, `.github/workflows/${file}`), [], file);
});

/** A clean workflow with `change` applied to one line; the lint's messages as `line:column message`. */
function lintWith(replace: [string, string] | undefined, extra = ''): string[] {
  let text = `name: t
on:
  pull_request:
  workflow_dispatch:
    inputs:
      mode: { type: string }
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - id: first
        run: node scripts/build.mjs && npm run build
      - uses: ./
        with:
          mode: \${{ inputs.mode || 'auto' }}
          manifest: \${{ steps.first.outputs.path }}
${extra}`;
  if (replace) {
    assert.ok(text.includes(replace[0]), replace[0]);
    text = text.replace(replace[0], replace[1]);
  }
  return lintWorkflow(text, { root: ROOT }).map((p) => `${p.line}:${p.column} ${p.message}`);
}

test('the lint passes the clean sample', () => {
  assert.deepEqual(lintWith(undefined), []);
});

test('the lint fails on each kind of mistake, at its line', () => {
  const cases: Array<[string, [string, string] | undefined, string, RegExp]> = [
    ['a tag instead of a SHA', [CHECKOUT, 'actions/checkout@v7'], '', /^13:\d+ actions\/checkout@v7 is not pinned/],
    ['a short SHA', [CHECKOUT, 'actions/checkout@3d3c42e # v7.0.1'], '', /^13:\d+ .* is not pinned/],
    ['a SHA without its version', [CHECKOUT, 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'], '', /^13:\d+ .*say which release/],
    ['no permissions anywhere', ['permissions:\n  contents: read\n', ''], '', /^\d+:\d+ job build has no permissions/],
    ['write-all', ['permissions:\n  contents: read\n', 'permissions: write-all\n'], '', /^7:\d+ permissions must name each scope/],
    ['an unknown scope', ['  contents: read', '  content: read'], '', /^8:\d+ unknown permission content/],
    ['an unknown level', ['  contents: read', '  contents: admin'], '', /^8:\d+ permission contents is read, write or none/],
    ['an unknown event', ['  pull_request:\n', '  pull-request:\n'], '', /^3:\d+ unknown event pull-request/],
    ['an unknown filter', ['  pull_request:\n', '  pull_request:\n    branch: [main]\n'], '', /^4:\d+ pull_request has no filter branch/],
    ['a bad cron', ['  pull_request:\n', '  schedule:\n    - cron: "daily"\n'], '', /^3:\d+ schedule is a list/],
    ['an input the action lacks', ['          mode:', '          moode:'], '', /^18:\d+ \.\/ has no input moode/],
    ['a missing script', ['scripts/build.mjs', 'scripts/biuld.mjs'], '', /^15:\d+ run names scripts\/biuld\.mjs, which does not exist/],
    ['a missing npm script', ['npm run build', 'npm run bundle'], '', /^15:\d+ run calls npm run bundle/],
    ['a secret', ["inputs.mode || 'auto'", 'secrets.ORY_KEY'], '', /^18:\d+ .*names a secret/],
    ['an undeclared input', ["inputs.mode || 'auto'", 'inputs.moed'], '', /^18:\d+ inputs\.moed is not a workflow_dispatch input/],
    ['a step that does not exist', ['steps.first.outputs', 'steps.second.outputs'], '', /^19:\d+ steps\.second is not an earlier step/],
    ['an unknown context', ["inputs.mode || 'auto'", 'input.mode'], '', /^18:\d+ unknown context input/],
    ['an unknown function', ["inputs.mode || 'auto'", "tojson(inputs.mode)"], '', /^18:\d+ unknown function tojson/],
    ['an expression never closed', ["${{ inputs.mode || 'auto' }}", "${{ inputs.mode"], '', /^18:\d+ an expression opened/],
    ['a step with uses and run', ['      - id: first\n', '      - id: first\n        uses: ./\n'], '', /^14:\d+ job build, step 2: a step has exactly one of uses and run/],
    ['a misspelt step key', ['        with:\n', '        width:\n'], '', /^17:\d+ job build, step 3: unknown key width/],
    ['a job without runs-on', ['    runs-on: ubuntu-latest\n', ''], '', /^10:\d+ job build has no runs-on/],
    ['a docker image', [CHECKOUT, 'docker://alpine:3'], '', /^13:\d+ docker:\/\/alpine:3: a docker image is not pinned/],
    ['not YAML', ['  contents: read', '  contents: [read'], '', /^\d+:\d+ not YAML/],
    ['a duplicate step id', undefined, '      - id: first\n        run: echo again\n', /^20:\d+ job build: step id first is used twice/],
  ];
  const missed = cases.flatMap(([what, replace, extra, expected]) => {
    const problems = lintWith(replace, extra);
    return problems.some((p) => expected.test(p)) ? [] : [`${what}: expected ${expected}, got ${JSON.stringify(problems)}`];
  });
  assert.deepEqual(missed, []);
});

test('Dependabot proposes updates of the npm packages and of the actions the workflows pin', async () => {
  const { parse } = await import('yaml');
  const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { version: number; updates: Array<Record<string, any>> };
  assert.equal(config.version, 2);
  assert.deepEqual(config.updates.map((u) => u['package-ecosystem']).sort(), ['github-actions', 'npm']);
  for (const update of config.updates) {
    assert.equal(update.directory, '/');
    assert.ok(['daily', 'weekly', 'monthly'].includes(update.schedule?.interval), JSON.stringify(update.schedule));
  }
});

test('an action is pinned to one commit across the workflows, and that commit is named by one version', () => {
  const versionsBySha = new Map<string, Set<string>>();
  const shasByAction = new Map<string, Set<string>>();
  for (const file of readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))) {
    for (const [, action, sha, version] of readFileSync(join(WORKFLOWS, file), 'utf8').matchAll(/uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)) {
      versionsBySha.set(`${action}@${sha}`, (versionsBySha.get(`${action}@${sha}`) ?? new Set()).add(version!));
      shasByAction.set(action!, (shasByAction.get(action!) ?? new Set()).add(sha!));
    }
  }
  assert.ok(shasByAction.size >= 2, 'checkout and setup-node are pinned');
  for (const [pin, versions] of versionsBySha) assert.equal(versions.size, 1, `${pin} is called ${[...versions].join(' and ')}`);
  for (const [action, shas] of shasByAction) assert.equal(shas.size, 1, `${action} is pinned to ${[...shas].join(' and ')}: one version for the whole repository`);
});
