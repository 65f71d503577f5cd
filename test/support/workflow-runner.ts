/**
 * Runs one job of a workflow of .github/workflows/ here, the way a runner runs it: each step in
 * order, its `if:` (default: only while nothing failed) and `${{ }}` expressions evaluated
 * (workflow-expressions.ts), `run:` steps in bash with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * RUNNER_TEMP and the GITHUB_* variables, `uses: ./` as the bundled action (action.yml's defaults,
 * then the step's `with:`; its `env:`). The runner's own setup is skipped: checkout and setup-node
 * (the job runs in `cwd`, on this machine's Node) and `npm ci` (node_modules is there). Any other
 * action is an error: the local run cannot stand in for it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NODE_24, parseOutputFile, runBundledAction } from './action-runner.ts';
import { runChild } from './child-process.ts';
import { ROOT } from './paths.ts';
import { evaluateTemplate, toText, type Contexts } from './workflow-expressions.ts';

export interface StepRecord {
  readonly name: string;
  readonly id?: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly outputs: Record<string, string>;
  readonly log: string;
}

export interface JobRun {
  /** the workflow file, relative to the repository root */
  readonly workflow: string;
  readonly job: string;
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly inputs?: Record<string, string>;
  /** the checkout the job runs in (default: this repository) */
  readonly cwd?: string;
  /** github.* beyond event_name, event and workspace: token, repository, ref_name, sha, run_id ... */
  readonly github?: Record<string, string>;
  /** more environment for every step, e.g. a PATH with stand-ins for tools */
  readonly env?: Record<string, string>;
  /** where `uses: ./` talks to GitHub */
  readonly githubApiUrl?: string;
}

function skipped(step: Record<string, any>): boolean {
  return /^actions\/(checkout|setup-node)@/.test(step.uses ?? '') || /^npm ci\b/.test(step.run ?? '');
}

/** Runs the job; the record of every step (a failed step fails the job, as on a runner). */
export async function runWorkflowJob(run: JobRun): Promise<StepRecord[]> {
  const workflow = parse(readFileSync(join(ROOT, run.workflow), 'utf8')) as { jobs: Record<string, { steps: Array<Record<string, any>> }> };
  const job = workflow.jobs[run.job];
  assert.ok(job, `${run.workflow} has no job ${run.job}`);
  const cwd = run.cwd ?? ROOT;
  const action = parse(readFileSync(join(cwd, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string } };
  const temp = mkdtempSync(join(tmpdir(), 'workflow-job-'));
  const eventPath = join(temp, 'event.json');
  const summaryPath = join(temp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(run.payload));
  writeFileSync(summaryPath, '');
  const github = { run_id: '4242', ref_name: 'main', sha: 'c'.repeat(40), repository: 'ory-actions-gitops/ory-actions-gitops', ...run.github };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const contexts: Contexts = {
    github: { ...github, event_name: run.eventName, event: run.payload, workspace: cwd },
    inputs: run.inputs ?? {},
    steps,
    runner: { temp },
    env: {},
    vars: {},
    secrets: {},
  };
  const records: StepRecord[] = [];
  let failed = false;
  for (const [index, step] of job.steps.entries()) {
    const name = step.name ?? step.uses ?? step.run;
    const condition = step.if === undefined ? !failed : evaluateTemplate(/\$\{\{/.test(step.if) ? step.if : `\${{ ${step.if} }}`, { ...contexts, 'job.status': failed ? 'failure' : 'success' });
    if (skipped(step) || !condition || (step.if !== undefined && failed && !/\b(always|failure|cancelled)\(/.test(step.if))) {
      records.push({ name, ...(step.id ? { id: step.id } : {}), outcome: 'skipped', outputs: {}, log: skipped(step) ? "the runner's setup: done here already" : 'not run' });
      continue;
    }
    const env = Object.fromEntries(Object.entries<string>(step.env ?? {}).map(([key, value]) => [key, toText(evaluateTemplate(String(value), contexts))]));
    let outcome: 'success' | 'failure';
    let outputs: Record<string, string>;
    let log: string;
    if (typeof step.run === 'string') {
      const outputFile = join(temp, `output-${index}`);
      writeFileSync(outputFile, '');
      const result = await runChild('bash', ['-e', '-c', toText(evaluateTemplate(step.run, contexts))], {
        cwd,
        timeoutMs: 120_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? temp,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          RUNNER_TEMP: temp,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryPath,
          GITHUB_EVENT_NAME: run.eventName,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_WORKSPACE: cwd,
          GITHUB_REF_NAME: github.ref_name,
          GITHUB_SHA: github.sha,
          GITHUB_REPOSITORY: github.repository,
          ...run.env,
          ...env,
        },
      });
      outcome = result.code === 0 ? 'success' : 'failure';
      outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      log = result.stdout + result.stderr;
    } else {
      assert.equal(step.uses, './', `the local run cannot stand in for ${step.uses}`);
      assert.equal(action.runs.using, 'node24');
      const inputs: Record<string, string> = {};
      for (const [input, spec] of Object.entries(action.inputs)) if (spec.default !== undefined) inputs[input] = toText(evaluateTemplate(String(spec.default), contexts));
      for (const [input, value] of Object.entries<unknown>(step.with ?? {})) inputs[input] = toText(evaluateTemplate(String(value), contexts));
      const result = await runBundledAction({
        workspace: { dir: cwd, write: () => assert.fail('the checkout is not written to') },
        inputs,
        eventName: run.eventName,
        payload: run.payload,
        env: { ...run.env, ...env },
        node: NODE_24,
        ...(run.githubApiUrl ? { githubApiUrl: run.githubApiUrl } : {}),
        repository: github.repository,
        sha: github.sha,
      });
      outcome = result.code === 0 ? 'success' : 'failure';
      outputs = result.outputs;
      log = result.log + result.stderr;
    }
    if (typeof step.id === 'string') steps[step.id] = { outputs, outcome };
    if (outcome === 'failure') failed = true;
    records.push({ name, ...(step.id ? { id: step.id } : {}), outcome, outputs, log });
  }
  return records;
}

/** Fails, with every failed step's log, unless every step that ran succeeded. */
export function assertJobSucceeded(records: StepRecord[]): void {
  assert.deepEqual(records.filter((r) => r.outcome === 'failure').map((f) => `${f.name}:\n${f.log}`), []);
}
