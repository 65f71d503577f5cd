/**
 * The action: inputs and event in, outputs, summary, comment and (maybe) a write to Ory out.
 * One try/catch at the end turns every failure into `failure-reason` and `setFailed`.
 */
import { createHash } from 'node:crypto';
import { applyPlan, type ProjectApplyResult } from '../apply/apply.ts';
import { loadManifestFile, loadPreviousManifest, type LoadedManifest } from '../commands/load-manifest.ts';
import { computePlan, type PlanCommandResult } from '../commands/plan.ts';
import type { GitHubApi } from '../github/client.ts';
import { readGitHubContext, NULL_SHA, type GitHubContext } from '../github/context.ts';
import { isGitHubPermissionError } from '../github/errors.ts';
import { findMergedPullRequest } from '../github/merged-pull.ts';
import { findPlanComment, upsertPlanComment, type PlanComment } from '../github/plan-comment.ts';
import type { DesiredAction } from '../model/action.ts';
import type { CommentMarker, CommentStatusLine, PlanDifference } from '../model/comment.ts';
import { ManifestError, formatDiagnostic } from '../model/diagnostics.ts';
import { RunFailure, type FailureReason } from '../model/failure.ts';
import { hasChanges, type Plan } from '../model/plan.ts';
import { planAnnotations, planToJson, renderComment, renderManifestErrorsComment, renderPlanDifference, renderSummary, renderText, summaryLine, type SourceLinks } from '../render/index.ts';
import type { OryProjects } from '../ory/client.ts';
import { environmentSecretCandidates } from '../planner/secrets.ts';
import { checkBodySyntax, createBodyPreviewer } from '../templates/index.ts';
import { intentOf, readInputs, type ActionInputs, type Intent } from './inputs.ts';
import type { ActionRuntime } from './runtime.ts';

/** Plans with more changes than this leave per-change digests out of the comment marker. */
const MAX_MARKER_CHANGES = 300;

interface RunState {
  plan?: Plan;
}

export async function runAction(rt: ActionRuntime): Promise<void> {
  const state: RunState = {};
  try {
    const inputs = readInputs(rt.getInput);
    if (inputs.oryApiKey) rt.setSecret(inputs.oryApiKey);
    if (inputs.githubToken) rt.setSecret(inputs.githubToken);
    const context = readGitHubContext(rt.env, rt.readAbsolute);
    const intent = intentOf(inputs.mode, context.eventName, inputs.autoApprove);
    rt.info(`Ory Actions GitOps: ${describeIntent(intent)} for ${inputs.manifest} (event ${context.eventName || 'none'}, mode ${inputs.mode}).`);
    await execute(rt, inputs, context, intent, state);
    rt.setOutput('failure-reason', '');
  } catch (error) {
    const reason: FailureReason | '' = error instanceof RunFailure ? error.reason : error instanceof ManifestError ? 'invalid-manifest' : '';
    rt.setOutput('failure-reason', reason);
    if (!state.plan) rt.setOutput('applied', 'false');
    const message = error instanceof Error ? error.message : String(error);
    rt.setFailed(reason ? `${message}\n(failure-reason: ${reason})` : message);
  }
}

function describeIntent(intent: Intent): string {
  if (intent.kind === 'apply') return intent.approval === 'merged-pull-request' ? 'apply the approved plan' : 'apply';
  return intent.kind;
}

async function execute(rt: ActionRuntime, inputs: ActionInputs, context: GitHubContext, intent: Intent, state: RunState): Promise<void> {
  const github = inputs.githubToken && context.repo.owner
    ? rt.createGitHub({
        token: inputs.githubToken,
        apiUrl: context.apiUrl,
        onRetry: (e) => rt.info(`GitHub: ${e.method} ${e.url} answered ${e.status}; retry ${e.retry} in ${e.delayMs} ms`),
      })
    : undefined;
  let head: LoadedManifest;
  try {
    head = await rt.group('Manifest', async () => loadHeadManifest(rt, inputs));
  } catch (error) {
    if (error instanceof ManifestError && intent.kind === 'plan' && context.pullRequest && inputs.comment && github) {
      await postManifestErrors(rt, context, github, inputs.manifest, error);
    }
    throw error;
  }
  const manifest = head.manifest;
  if (!inputs.oryApiKey) {
    throw new RunFailure('ory-auth', 'The input `ory-api-key` is empty. Pass a workspace API key, e.g. `ory-api-key: ${{ secrets.ORY_WORKSPACE_API_KEY }}`.');
  }
  const ory = rt.createOry({
    apiUrl: inputs.oryApiUrl,
    apiKey: inputs.oryApiKey,
    ...timeouts(rt.env),
    onRetry: (message) => rt.info(message),
  });

  // GitHub work waits one turn of the event loop: by then the Ory reads are on the wire, so
  // building the GitHub client (about 35 ms of CPU on first use) overlaps their round trips
  // instead of delaying them.
  const afterOryReadsLeave = new Promise<void>((resolve) => setImmediate(resolve));
  // A pull request's comment is looked up while the plan is made (both wait on the network); a
  // failed lookup is left to the write, which reports it.
  const commentLookup =
    intent.kind === 'plan' && context.pullRequest && inputs.comment && github
      ? afterOryReadsLeave.then(() => findOwnComment(github, context, context.pullRequest!.number, manifest.path)).catch(() => undefined)
      : undefined;
  const planned = await rt.group('Plan', async () => {
    // The previous manifest comes from GitHub while the projects are read from Ory.
    const previousActions = afterOryReadsLeave.then(() => readPreviousActions(rt, inputs, context, github, head));
    const result = await computePlan(
      { manifest, ory, salt: inputs.oryApiKey, previewBodies: createBodyPreviewer(), maskValues: environmentSecretCandidates(rt.env), manifestWarnings: head.warnings },
      previousActions,
    );
    rt.info(renderText(result.plan));
    for (const annotation of planAnnotations(result.plan)) rt.warning(annotation.message, annotation.location);
    return result;
  });
  const plan = planned.plan;
  state.plan = plan;
  setPlanOutputs(rt, plan);

  switch (intent.kind) {
    case 'plan':
      await publishPlan(rt, inputs, context, github, plan, { status: 'planned' }, await commentLookup);
      rt.setOutput('applied', 'false');
      return;
    case 'check':
      rt.appendSummary(renderSummary(plan, { title: 'Ory Actions drift check', links: sourceLinks(context) }));
      rt.setOutput('applied', 'false');
      if (hasChanges(plan)) {
        throw new RunFailure('drift', `Ory has drifted from ${manifest.path}: ${summaryLine(plan.summary)} Review the job summary, then apply or update the manifest.`);
      }
      return;
    case 'apply':
      await applyIntent(rt, context, github, ory, planned, intent.approval);
      return;
  }
}

function timeouts(env: ActionRuntime['env']): { timeoutMs?: number; retry?: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; budgetMs: number } } {
  // Tests and impatient users can shorten the waits; defaults follow SPEC section 3.
  const timeoutMs = Number(env.ORY_ACTIONS_HTTP_TIMEOUT_MS);
  const baseDelayMs = Number(env.ORY_ACTIONS_RETRY_BASE_MS);
  return {
    ...(timeoutMs > 0 ? { timeoutMs } : {}),
    ...(baseDelayMs > 0 ? { retry: { maxAttempts: 5, baseDelayMs, maxDelayMs: Math.max(baseDelayMs * 8, 1000), budgetMs: 60_000 } } : {}),
  };
}

function loadHeadManifest(rt: ActionRuntime, inputs: ActionInputs): LoadedManifest {
  try {
    const loaded = loadManifestFile({
      path: inputs.manifest,
      files: rt.workspace,
      env: rt.env,
      ...(inputs.projectId ? { projectIdOverride: inputs.projectId } : {}),
      checkBody: checkBodySyntax,
    });
    const { manifest, warnings } = loaded;
    for (const secret of manifest.secrets) rt.setSecret(secret);
    for (const warning of warnings) rt.warning(formatDiagnostic(warning), warning.location ? { ...warning.location, title: 'Ory Actions manifest' } : undefined);
    rt.info(`${manifest.path}: ${manifest.actions.length} action${manifest.actions.length === 1 ? '' : 's'} in ${new Set(manifest.actions.map((a) => a.projectId)).size} project(s).`);
    return loaded;
  } catch (error) {
    if (error instanceof ManifestError) {
      for (const d of error.diagnostics) {
        const annotate = d.severity === 'error' ? rt.error : rt.warning;
        annotate(formatDiagnostic(d), d.location ? { ...d.location, title: 'Ory Actions manifest' } : undefined);
      }
      rt.appendSummary(`## Ory Actions plan: invalid manifest\n\n${error.diagnostics.map((d) => `- ${escapeMarkdown(formatDiagnostic(d))}`).join('\n')}\n\nNothing was written to Ory.\n`);
    }
    throw error;
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

/** The commit whose manifest owned hooks before this change: the PR's base, or the push's `before`. */
function previousCommit(context: GitHubContext): string | undefined {
  if (context.pullRequest) return context.pullRequest.baseSha;
  if (context.push && context.push.before && context.push.before !== NULL_SHA) return context.push.before;
  return undefined;
}

async function readPreviousActions(
  rt: ActionRuntime,
  inputs: ActionInputs,
  context: GitHubContext,
  github: GitHubApi | undefined,
  head: LoadedManifest,
): Promise<readonly DesiredAction[] | undefined> {
  const ref = previousCommit(context);
  if (!ref) {
    rt.info('No previous commit for this event: only the manifest at this commit (and prune) decide ownership.');
    return undefined;
  }
  if (!github) {
    rt.warning('No github-token: the manifest at the previous commit cannot be read, so hooks of actions removed from it will not be deleted.');
    return undefined;
  }
  try {
    const text = await github.fileAtRef(context.repo.owner, context.repo.repo, inputs.manifest, ref);
    if (text === undefined) {
      rt.info(`${inputs.manifest} did not exist at ${ref.slice(0, 7)}: no previous actions.`);
      return [];
    }
    if (text === head.text) {
      // The same text with the same environment and inputs owns the same hooks: no second parse.
      rt.info(`${inputs.manifest} is unchanged since ${ref.slice(0, 7)}: its ${head.manifest.actions.length} action(s) owned hooks before this change.`);
      return head.manifest.actions;
    }
    const { manifest, problem } = loadPreviousManifest(inputs.manifest, text, rt.env, inputs.projectId);
    if (!manifest) {
      rt.warning(`The manifest at ${ref.slice(0, 7)} could not be read (${problem}); hooks it owned that are gone now will not be deleted.`);
      return undefined;
    }
    rt.info(`${inputs.manifest} at ${ref.slice(0, 7)}: ${manifest.actions.length} action(s) owned hooks before this change.`);
    return manifest.actions;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    rt.warning(`Could not read ${inputs.manifest} at ${ref.slice(0, 7)} through the GitHub API (${why}); hooks of removed actions will not be deleted.`);
    return undefined;
  }
}

function setPlanOutputs(rt: ActionRuntime, plan: Plan): void {
  rt.setOutput('has-changes', String(hasChanges(plan)));
  rt.setOutput('to-create', String(plan.summary.create));
  rt.setOutput('to-update', String(plan.summary.update));
  rt.setOutput('to-delete', String(plan.summary.delete));
  rt.setOutput('fingerprint', plan.fingerprint);
  const name = `ory-actions-plan-${createHash('sha256').update(plan.manifest).digest('hex').slice(0, 12)}.json`;
  rt.setOutput('plan-json', rt.writePlanFile(name, planToJson(plan)));
}

function markerFor(plan: Plan, context: GitHubContext, status: CommentStatusLine): CommentMarker {
  const changes = Object.keys(plan.changeDigests).length <= MAX_MARKER_CHANGES ? { changes: plan.changeDigests } : {};
  return {
    manifest: plan.manifest,
    fingerprint: plan.fingerprint,
    projects: Object.fromEntries(plan.projects.map((p) => [p.projectId, p.revisionId])),
    head_sha: context.pullRequest?.headSha ?? context.sha,
    status: status.status,
    summary: plan.summary,
    ...(context.runId ? { run_id: context.runId, run_url: context.runUrl } : {}),
    ...(status.failureReason ? { failure_reason: status.failureReason } : {}),
    ...changes,
  };
}

/** Where the repository's files are shown, so the plan links each location to its line at the planned commit. */
function sourceLinks(context: GitHubContext): SourceLinks | undefined {
  const sha = context.pullRequest?.headSha ?? context.sha;
  if (!context.repo.owner || !sha) return undefined;
  return { repoUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`, sha };
}

function statusLine(context: GitHubContext, status: CommentStatusLine['status'], extra: Partial<CommentStatusLine> = {}): CommentStatusLine {
  return { status, ...(context.runId ? { runUrl: context.runUrl, runNumber: context.runNumber } : {}), ...extra };
}

/** Writes the job summary and, on a pull request, creates or edits the one plan comment. */
async function publishPlan(
  rt: ActionRuntime,
  inputs: ActionInputs,
  context: GitHubContext,
  github: GitHubApi | undefined,
  plan: Plan,
  status: Omit<CommentStatusLine, 'runUrl' | 'runNumber'>,
  known?: PlanComment | null,
): Promise<void> {
  const line = statusLine(context, status.status, status);
  rt.appendSummary(renderSummary(plan, { status: line, links: sourceLinks(context) }));
  const pull = context.pullRequest;
  if (!pull || !inputs.comment) return;
  if (!github) {
    rt.warning('No github-token: the plan is in the job summary only.');
    return;
  }
  await postComment(rt, context, github, pull.number, plan, line, true, known);
}

/** The token's login, or '' when unknown; a promise, so a lookup can ask for comments meanwhile. */
function ownLoginOf(github: GitHubApi): Promise<string> {
  return github.authenticatedLogin().then((login) => login ?? '');
}

/** Our comment for this manifest on an issue: null when there is none. */
async function findOwnComment(github: GitHubApi, context: GitHubContext, issueNumber: number, manifest: string): Promise<PlanComment | null> {
  // Who we are and the first page of comments are asked for at once: one round trip, not two.
  const ownLogin = ownLoginOf(github);
  return (await findPlanComment(github, { owner: context.repo.owner, repo: context.repo.repo, issueNumber, manifest, ownLogin })) ?? null;
}

async function postComment(
  rt: ActionRuntime,
  context: GitHubContext,
  github: GitHubApi,
  issueNumber: number,
  plan: Plan,
  status: CommentStatusLine,
  newPlan: boolean,
  known?: PlanComment | null,
): Promise<void> {
  try {
    // the login only matters for a lookup; a known comment needs none
    const ownLogin = known === undefined ? ownLoginOf(github) : '';
    const target = { owner: context.repo.owner, repo: context.repo.repo, issueNumber, manifest: plan.manifest, ownLogin };
    let existing = known === undefined ? await findPlanComment(github, target) : known;
    // An applied comment is a record of what was applied: a newer plan gets a comment of its own.
    if (newPlan && existing?.marker.status === 'applied') existing = null;
    const { body, truncated } = renderComment(plan, {
      marker: markerFor(plan, context, status),
      status,
      fullPlanLocation: context.runId ? `the [job summary of run #${context.runNumber}](${context.runUrl})` : 'the job summary',
      links: sourceLinks(context),
    });
    if (truncated) rt.info('The plan is longer than a comment allows; the comment is cut and the job summary holds all of it.');
    const result = await upsertPlanComment(github, { ...target, body, existing: existing ?? null });
    rt.setOutput('comment-url', result.url);
    rt.info(`${result.created ? 'Created' : 'Updated'} the plan comment: ${result.url}`);
  } catch (error) {
    if (isGitHubPermissionError(error)) {
      rt.warning(`${error.message} The plan is in the job summary and the outputs.`);
      return;
    }
    const why = error instanceof Error ? error.message : String(error);
    rt.warning(`Could not write the plan comment (${why}). The plan is in the job summary and the outputs.`);
  }
}

/** The pull request merged as this push, and its plan comment for this manifest (if any). */
async function findApprovedComment(github: GitHubApi, context: GitHubContext, manifest: string): Promise<{ pull: number; comment?: PlanComment } | undefined> {
  const pull = await findMergedPullRequest(github, context.repo.owner, context.repo.repo, context.sha);
  if (!pull) return undefined;
  const comment = await findOwnComment(github, context, pull.number, manifest);
  return { pull: pull.number, ...(comment ? { comment } : {}) };
}

/** A pull request whose manifest does not load: its plan comment says so instead of showing a stale plan. */
async function postManifestErrors(rt: ActionRuntime, context: GitHubContext, github: GitHubApi, manifestPath: string, error: ManifestError): Promise<void> {
  try {
    const ownLogin = ownLoginOf(github);
    const target = { owner: context.repo.owner, repo: context.repo.repo, issueNumber: context.pullRequest!.number, manifest: manifestPath, ownLogin };
    const existing = await findPlanComment(github, target);
    const status = statusLine(context, 'failed', { failureReason: 'invalid-manifest' });
    const marker: CommentMarker = {
      manifest: manifestPath,
      fingerprint: 'none',
      projects: {},
      head_sha: context.pullRequest!.headSha,
      status: 'failed',
      failure_reason: 'invalid-manifest',
      ...(context.runId ? { run_id: context.runId, run_url: context.runUrl } : {}),
    };
    const body = renderManifestErrorsComment(marker, status, error.diagnostics, sourceLinks(context));
    const result = await upsertPlanComment(github, { ...target, body, existing: existing?.marker.status === 'applied' ? null : (existing ?? null) });
    rt.setOutput('comment-url', result.url);
  } catch (commentError) {
    const why = commentError instanceof Error ? commentError.message : String(commentError);
    rt.warning(`Could not write the manifest errors to the pull request (${why}); they are in the annotations and the job summary.`);
  }
}

function differenceOf(approved: CommentMarker, plan: Plan): PlanDifference {
  const current = plan.changeDigests;
  const before = approved.changes;
  if (!before) {
    return {
      approved: { fingerprint: approved.fingerprint, ...(approved.summary ? { summary: approved.summary } : {}) },
      current: { fingerprint: plan.fingerprint, summary: plan.summary },
      added: [],
      removed: [],
      changed: [],
      detailed: false,
    };
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(current)]);
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const key of [...keys].sort()) {
    if (!(key in before)) added.push(key);
    else if (!(key in current)) removed.push(key);
    else if (before[key] !== current[key]) changed.push(key);
  }
  return {
    approved: { fingerprint: approved.fingerprint, ...(approved.summary ? { summary: approved.summary } : {}) },
    current: { fingerprint: plan.fingerprint, summary: plan.summary },
    added,
    removed,
    changed,
    detailed: true,
  };
}

async function applyIntent(
  rt: ActionRuntime,
  context: GitHubContext,
  github: GitHubApi | undefined,
  ory: OryProjects,
  planned: PlanCommandResult,
  approval: 'merged-pull-request' | 'none',
): Promise<void> {
  const plan = planned.plan;
  let pullNumber: number | undefined;
  let approvedComment: PlanComment | undefined;

  if (!hasChanges(plan)) {
    // Nothing to write needs no approval (a merge that did not touch the manifest, or changes someone
    // already applied); the merged PR's comment, if there is one, still learns the outcome.
    rt.info('No changes: nothing to write.');
    rt.setOutput('applied', 'false');
    const done = statusLine(context, 'applied', { detail: 'no changes were needed' });
    rt.appendSummary(renderSummary(plan, { status: done, links: sourceLinks(context) }));
    if (approval === 'merged-pull-request' && github) {
      const approved = await findApprovedComment(github, context, plan.manifest).catch(() => undefined);
      if (approved?.comment) await postComment(rt, context, github, approved.pull, plan, done, false, approved.comment);
    }
    return;
  }

  if (approval === 'merged-pull-request') {
    if (!github) throw new RunFailure('no-approved-plan', 'Applying on push needs the merged pull request\'s plan comment, and there is no github-token to read it. Set `github-token`, or `auto-approve: true`.');
    const approved = await findApprovedComment(github, context, plan.manifest);
    if (!approved) {
      throw new RunFailure('no-approved-plan', `No merged pull request has commit ${context.sha.slice(0, 7)}, so there is no approved plan to apply. Merge changes through a pull request, run the workflow by hand (workflow_dispatch), or set \`auto-approve: true\`.`);
    }
    pullNumber = approved.pull;
    approvedComment = approved.comment;
    if (!approvedComment) {
      throw new RunFailure('no-approved-plan', `Pull request #${pullNumber} has no plan comment for ${plan.manifest}, so there is no approved plan to apply. Re-run its plan, or apply with workflow_dispatch.`);
    }
    if (approvedComment.marker.fingerprint !== plan.fingerprint) {
      const difference = renderPlanDifference(differenceOf(approvedComment.marker, plan));
      rt.info(difference);
      rt.appendSummary(`## Ory Actions: the plan changed since it was approved\n\n${difference}\n\n${renderSummary(plan, { title: 'Current plan (not applied)', links: sourceLinks(context) })}`);
      await postComment(rt, context, github, pullNumber, plan, statusLine(context, 'failed', { failureReason: 'plan-changed', detail: 'the plan changed after approval; nothing was applied' }), false, approvedComment);
      throw new RunFailure('plan-changed', `The plan for ${plan.manifest} differs from the one approved in pull request #${pullNumber} (approved ${approvedComment.marker.fingerprint.slice(0, 19)}…, now ${plan.fingerprint.slice(0, 19)}…). Nothing was written. See the summary for how they differ; re-run the pull request's plan or apply by hand.`);
    }
    rt.info(`The plan matches the one approved in pull request #${pullNumber}.`);
  }

  if (github && pullNumber !== undefined) await postComment(rt, context, github, pullNumber, plan, statusLine(context, 'applying'), false, approvedComment);
  let results: ProjectApplyResult[];
  try {
    results = await rt.group('Apply', () =>
      applyPlan({ ory, replan: planned.replan, log: (m) => rt.info(m) }, planned),
    );
  } catch (error) {
    const reason = error instanceof RunFailure ? error.reason : 'apply-failed';
    rt.setOutput('applied', 'false');
    rt.appendSummary(renderSummary(plan, { status: statusLine(context, 'failed', { failureReason: reason }), links: sourceLinks(context) }));
    if (github && pullNumber !== undefined) await postComment(rt, context, github, pullNumber, plan, statusLine(context, 'failed', { failureReason: reason }), false, approvedComment);
    throw error;
  }
  for (const result of results) {
    rt.info(`Project ${result.projectId}: ${result.outcome}${result.operations ? ` (${result.operations} operations, now revision ${result.revisionId})` : ''}.`);
    for (const warning of result.warnings) rt.warning(`Ory warned about project ${result.projectId}: ${warning.message ?? `code ${warning.code}`}`);
  }
  const applied = results.some((r) => r.outcome === 'applied');
  rt.setOutput('applied', String(applied));
  const done = statusLine(context, 'applied');
  rt.appendSummary(renderSummary(plan, { status: done, links: sourceLinks(context) }));
  if (github && pullNumber !== undefined) await postComment(rt, context, github, pullNumber, plan, done, false, approvedComment);
}
