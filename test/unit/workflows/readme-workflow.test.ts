/**
 * The README's workflows cannot rot: each of its workflow blocks passes the workflow lint (as a
 * user's file: tags and the user's secrets allowed, this action's inputs checked against
 * action.yml), its `uses:` lines name the real repository, and its main workflow is the one
 * .github/workflows/e2e.yml runs for real. The e2e file may differ from that block only in what a
 * fresh emulator needs: the stand-ins below for the user's secrets and variables, the emulator's
 * address and the repository's manifest path, the setup steps before the action and the check
 * after it, checkout pinned by SHA, and triggers without path filters, push and schedule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from '../../support/paths.ts';
import { OUR_ACTION, lintWorkflow } from '../../support/workflow-lint.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const E2E_PATH = '.github/workflows/e2e.yml';
const E2E_TEXT = readFileSync(join(ROOT, E2E_PATH), 'utf8');

/** What the e2e workflow holds where a user's workflow names a secret or a variable. */
const STAND_INS: ReadonlyArray<[string, string]> = [
  ['${{ secrets.ORY_WORKSPACE_API_KEY }}', '${{ steps.ory.outputs.api-key }}'],
  ['${{ vars.ORY_PROJECT_ID }}', '${{ steps.ory.outputs.project-id }}'],
  ['${{ secrets.WELCOME_HOOK_KEY }}', 'e2e-hook-key-not-a-secret'],
  // the concurrency group: every e2e run has an emulator of its own, so none waits for another
  ['vars.ORY_PROJECT_ID', 'github.run_id'],
];
/** The inputs only the e2e run gives: where the emulator listens, and the repository's manifest. */
const E2E_ONLY_INPUTS = ['manifest', 'ory-api-url'];
/** Events the e2e workflow leaves out: a fresh emulator has no approved plan to apply on push, and always drifts. */
const E2E_SKIPS_EVENTS = ['push', 'schedule'];

interface Block {
  readonly line: number;
  readonly text: string;
}

function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue;
    const start = i + 1;
    while (++i < lines.length && lines[i]!.trim() !== '```');
    blocks.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
  }
  return blocks;
}

const workflowBlocks = yamlBlocks(README).filter((block) => {
  const value = parse(block.text) as Record<string, unknown> | null;
  return value !== null && typeof value === 'object' && 'jobs' in value;
});

function substitute(value: unknown): unknown {
  if (typeof value === 'string') return STAND_INS.reduce((text, [from, to]) => text.split(from).join(to), value);
  if (Array.isArray(value)) return value.map(substitute);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
  return value;
}

/** The README workflow as the e2e file must hold it (see the file's comment). */
function asE2e(workflow: Record<string, any>): Record<string, any> {
  const expected = substitute(structuredClone(workflow)) as Record<string, any>;
  const left = JSON.stringify(expected).match(/\b(secrets|vars)\.[\w-]+/g);
  assert.equal(left, null, `the README's workflow names ${left?.join(', ')}: give the e2e workflow a stand-in in STAND_INS`);
  for (const event of E2E_SKIPS_EVENTS) delete expected.on[event];
  for (const [event, config] of Object.entries<any>(expected.on)) {
    if (config && typeof config === 'object') {
      delete config.paths;
      if (Object.keys(config).length === 0) expected.on[event] = null;
    }
  }
  return expected;
}

/** `actions/checkout@<sha> # v7.0.1` in the e2e file -> `actions/checkout@v7`: the same major as a README line names. */
function majorOfPinned(e2eText: string, uses: string): string {
  const [action] = uses.split('@');
  const line = e2eText.split('\n').find((l) => l.includes(`uses: ${uses}`));
  const version = /#\s*(v\d+)/.exec(line ?? '')?.[1];
  assert.ok(version, `${E2E_PATH}: ${uses} has no version comment`);
  return `${action}@${version}`;
}

test('the README has its workflow blocks: one workflow for all uses, plan, apply and drift apart, and two for environments', () => {
  assert.equal(workflowBlocks.length, 6, `README workflow blocks at lines ${workflowBlocks.map((b) => b.line).join(', ')}`);
});

test("every README workflow passes the lint as a user's workflow (this action's inputs are action.yml's)", () => {
  for (const block of workflowBlocks) {
    const problems = lintWorkflow(block.text, { root: ROOT, readme: true }).map((p) => `README.md:${block.line + p.line - 1}:${p.column}: ${p.message}`);
    assert.deepEqual(problems, []);
  }
});

test('every README `uses:` of this action names the real repository: @v1, or a SHA pin with its version', () => {
  const uses = [...README.matchAll(/uses: ([\w.-]+\/ory-actions-gitops@\S+)(.*)$/gm)];
  assert.ok(uses.length >= 5, 'the README shows the action in its workflows');
  for (const [, target, rest] of uses) {
    const pinExample = target!.startsWith('ory-actions-gitops/ory-actions-gitops@<') && /# v1\.\d+\.\d+/.test(rest!);
    assert.ok(OUR_ACTION.test(target!.replace(/,$/, '')) && /@v1,?$/.test(target!) || pinExample, `README: uses: ${target}${rest}`);
  }
});

/** Throws, saying where, unless `e2eText` is the README workflow `readmeText` run against the emulator. */
function assertAgree(readmeText: string, e2eText: string): void {
  const documented = asE2e(parse(readmeText));
  const e2e = parse(e2eText) as Record<string, any>;

  assert.deepEqual(e2e.on, documented.on, 'triggers');
  assert.deepEqual(e2e.permissions, documented.permissions, 'permissions');
  assert.deepEqual(e2e.concurrency, documented.concurrency, 'concurrency');
  assert.deepEqual(Object.keys(e2e.jobs), Object.keys(documented.jobs), 'jobs');

  for (const [jobId, job] of Object.entries<any>(documented.jobs)) {
    const { steps: documentedSteps, ...documentedJob } = job;
    const { steps: ranSteps, 'timeout-minutes': _timeout, ...ranJob } = e2e.jobs[jobId];
    assert.deepEqual(ranJob, documentedJob, `job ${jobId}`);

    // the README's steps, in order, among the e2e's; what the e2e adds are setup and checks
    let next = 0;
    for (const step of documentedSteps as Array<Record<string, any>>) {
      const ours = OUR_ACTION.test(step.uses ?? '');
      const index = ranSteps.findIndex((candidate: Record<string, any>, i: number) => {
        if (i < next || typeof candidate.uses !== 'string') return false;
        return ours ? candidate.uses === './' : !/@[0-9a-f]{40}$/.test(candidate.uses) ? false : majorOfPinned(e2eText, candidate.uses) === step.uses;
      });
      assert.ok(index >= 0, `job ${jobId}: the README's step ${JSON.stringify(step)} is not in ${E2E_PATH} (after step ${next})`);
      const ranStep = ranSteps[index] as Record<string, any>;
      if (ours) {
        const { id: _id, uses: _uses, with: ranWith, ...ranRest } = ranStep;
        const { uses: _documentedUses, with: documentedWith, ...documentedRest } = step;
        assert.deepEqual(ranRest, documentedRest, 'the action step (env and the rest)');
        const extra = Object.fromEntries(Object.entries(ranWith ?? {}).filter(([key]) => !(key in (documentedWith ?? {}))));
        assert.deepEqual(Object.keys(extra).sort(), E2E_ONLY_INPUTS, 'inputs only the e2e run gives');
        assert.deepEqual(Object.fromEntries(Object.keys(documentedWith ?? {}).map((key) => [key, ranWith?.[key]])), documentedWith, 'the action step runs with the README inputs');
      } else {
        for (const [key, value] of Object.entries(step.with ?? {})) assert.deepEqual(ranStep.with?.[key], value, `${step.uses} with ${key}`);
      }
      for (const added of ranSteps.slice(next, index)) {
        assert.ok(typeof added.run === 'string' || /^actions\/setup-node@/.test(added.uses), `${E2E_PATH}: an added step is setup (run or setup-node): ${JSON.stringify(added)}`);
      }
      next = index + 1;
    }
    for (const added of ranSteps.slice(next)) assert.equal(typeof added.run, 'string', `${E2E_PATH}: a step after the action only checks: ${JSON.stringify(added)}`);
  }
}

const MAIN = workflowBlocks.find((block) => (parse(block.text) as { name?: string }).name === 'ory-actions');

test("the e2e workflow is the README's workflow, run against the emulator", () => {
  assert.ok(MAIN, 'the README shows its one-workflow-for-all-uses block (name: ory-actions)');
  assertAgree(MAIN.text, E2E_TEXT);
});

test('the agreement check fails when the README and the e2e workflow part', () => {
  const readme = MAIN!.text;
  const changed = (text: string, from: string, to: string) => {
    assert.ok(text.includes(from), from);
    return text.replace(from, to);
  };
  const cases: Array<[string, string, string, RegExp]> = [
    ['the README grants one more permission', changed(readme, '  contents: read', '  contents: read\n  statuses: write'), E2E_TEXT, /permissions/],
    ['the README passes one more input', changed(readme, "mode: ${{ inputs.mode || 'auto' }}", "mode: ${{ inputs.mode || 'auto' }}\n          comment: false"), E2E_TEXT, /README inputs/],
    ['the e2e passes one more input', readme, changed(E2E_TEXT, '          manifest: examples/ory-actions.yaml', '          manifest: examples/ory-actions.yaml\n          auto-approve: true'), /inputs only the e2e run gives/],
    ['the README names a secret without a stand-in', changed(readme, '${{ secrets.WELCOME_HOOK_KEY }}', '${{ secrets.ANOTHER_KEY }}'), E2E_TEXT, /secrets\.ANOTHER_KEY/],
    ['the README has a trigger more', changed(readme, '  workflow_dispatch:', '  merge_group:\n  workflow_dispatch:'), E2E_TEXT, /triggers/],
    ['the dispatch input changed', changed(readme, 'options: [apply, plan]', 'options: [apply, plan, check]'), E2E_TEXT, /triggers/],
    ['another checkout major', readme, changed(E2E_TEXT, '# v7.0.1', '# v6.0.3'), /actions\/checkout@v7.*is not in/],
    ['the README uses another runner', changed(readme, 'runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04'), E2E_TEXT, /job ory-actions/],
    ['a third-party action added before ours', readme, changed(E2E_TEXT, '      - uses: ./\n', '      - uses: actions/cache@0000000000000000000000000000000000000000 # v4.0.0\n      - uses: ./\n'), /an added step is setup/],
  ];
  for (const [what, readmeText, e2eText, expected] of cases) assert.throws(() => assertAgree(readmeText, e2eText), expected, what);
});
