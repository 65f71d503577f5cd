/**
 * What people read about a plan's life beyond its comment (SPEC section 4): commit status descriptions,
 * a comment whose plan no longer stands, the notice of a failed merge, the drift issue. Data in, text out.
 */
import { STATUS_LINE_TOKEN, type CommentStatusLine } from '../model/comment.ts';
import { COMMENT_MARKER_PREFIX, formatMarker, type CommentMarker } from '../model/marker.ts';
import type { FailureReason } from '../model/failure.ts';
import {
  DRIFT_MARKER_PREFIX,
  MAX_OPEN_PULLS_SCANNED,
  MAX_REPLANS_PER_RUN,
  MAX_STATUS_DESCRIPTION,
  NOTICE_MARKER_PREFIX,
  type CommitStatus,
  type PlanTarget,
  type ProjectOutcome,
  type ReplanReport,
  type StatusEvent,
} from '../model/lifecycle.ts';
import type { PlanSummary } from '../model/plan.ts';
import { detailsBlock, escapeText, inlineCode, link, table, truncateText } from './markdown-text.ts';
import { formatCount, planTitle, statusLineMarkdown, summaryLine } from './wording.ts';

/** GitHub refuses comment and issue bodies longer than this. */
const BODY_MAX_LENGTH = 65_536;
/** Folds the plan a comment showed before it stopped being current; a later fold replaces it, never nests. */
const PREVIOUS_PLAN_START = '<!-- ory-actions-previous-plan -->';
const PREVIOUS_PLAN_END = '<!-- /ory-actions-previous-plan -->';

const REASON_WORDS: Readonly<Record<FailureReason, string>> = {
  'invalid-manifest': 'the manifest is invalid',
  'ory-auth': 'Ory refused the API key',
  'ory-unavailable': 'Ory could not be reached',
  conflict: 'the project changed while applying',
  'plan-changed': 'the plan differs from the approved one',
  'no-approved-plan': 'there is no approved plan to apply',
  'apply-failed': 'Ory did not store the change',
  drift: 'Ory has drifted from the manifest',
};

export function reasonWords(reason: FailureReason | ''): string {
  return reason ? REASON_WORDS[reason] : 'the run failed';
}

/** A commit status for an event; the description fits GitHub's 140 characters. */
export function commitStatusFor(event: StatusEvent): CommitStatus {
  const fit = (state: CommitStatus['state'], description: string): CommitStatus => ({ state, description: fitDescription(description) });
  switch (event.kind) {
    case 'planning':
      return fit('pending', 'Planning against Ory…');
    case 'planned':
      return fit('success', summaryLine(event.summary));
    case 'invalid-manifest':
      return fit('failure', `Invalid manifest: ${event.errors} error${event.errors === 1 ? '' : 's'}. Nothing can be planned until fixed.`);
    case 'plan-failed':
      return fit('failure', `No current plan: ${reasonWords(event.reason)}${event.reason ? ` (${event.reason})` : ''}.`);
    case 'stale':
      return fit('failure', `Stale: #${event.mergedPull} merged and this plan was not made again. Re-run the plan.`);
    case 'queue-passed':
      return fit('success', `${summaryLine(event.summary)} Same as approved in #${event.pull}.`);
    case 'queue-failed':
      return fit('failure', `${event.reason}: the queued plan is not the plan approved in #${event.pull}.`);
  }
}

function fitDescription(text: string): string {
  return truncateText(text.replace(/\s+/g, ' ').trim(), MAX_STATUS_DESCRIPTION);
}

/** `manifest`, or `manifest` in `environment`, in markdown (as the plan's title names it). */
function targetMarkdown(target: PlanTarget): string {
  return `${inlineCode(target.manifest, 200)}${target.environment ? ` in ${inlineCode(target.environment, 200)}` : ''}`;
}

function targetText(target: PlanTarget): string {
  return `${target.manifest}${target.environment ? ` in ${target.environment}` : ''}`;
}

/** The plan part of an earlier comment: what a not-current comment folds away. */
function previousPlanOf(body: string): string | undefined {
  const start = body.indexOf(PREVIOUS_PLAN_START);
  const end = body.indexOf(PREVIOUS_PLAN_END);
  if (start >= 0 && end > start) {
    const inner = body.slice(start + PREVIOUS_PLAN_START.length, end);
    // inside the fold: `<details><summary>…</summary>\n\n` plan `\n\n</details>`
    const open = inner.indexOf('</summary>');
    const close = inner.lastIndexOf('</details>');
    return open >= 0 && close > open ? inner.slice(open + '</summary>'.length, close).trim() : undefined;
  }
  const lines = body.split('\n');
  const rest = lines[0]?.trimStart().startsWith(COMMENT_MARKER_PREFIX) ? lines.slice(1) : lines;
  const plan = rest.filter((line) => !line.includes(STATUS_LINE_TOKEN)).join('\n').trim();
  return plan === '' ? undefined : plan;
}

export interface NotCurrentCommentInput {
  /** the new marker: the same fingerprint as before (a failure never replaces the approval), a new status */
  readonly marker: CommentMarker;
  readonly target: PlanTarget;
  readonly status: CommentStatusLine;
  /** one sentence (markdown) saying why the plan shown is not current */
  readonly headline: string;
  /** markdown: the error, or the manifest's errors */
  readonly details?: string;
  /** the comment as it was, when there was one */
  readonly previousBody?: string;
  readonly maxLength?: number;
}

/**
 * A comment whose plan no longer stands (SPEC section 4): the status, a line at the top saying so, the
 * reason, and the plan it showed folded away, so nobody mistakes it for the current one.
 */
export function renderNotCurrentComment(input: NotCurrentCommentInput): string {
  const maxLength = input.maxLength ?? BODY_MAX_LENGTH;
  const head = [
    formatMarker(input.marker),
    '',
    `### ${planTitle(input.target.manifest, input.target.environment, 'markdown')}`,
    '',
    `> [!WARNING]\n> **The plan shown is not current.** ${input.headline}`,
    '',
    ...(input.details ? [input.details, ''] : []),
    '',
  ].join('\n');
  const tail = `\n${statusLineMarkdown(input.status, input.marker.head_sha)}\n`;
  const previous = input.previousBody ? previousPlanOf(input.previousBody) : undefined;
  if (!previous) return fitBody(head + tail, maxLength);
  const summaryText = `The last plan${input.marker.head_sha ? ` (made at ${escapeText(input.marker.head_sha.slice(0, 7))})` : ''}, no longer current`;
  const fold = (plan: string) => `${PREVIOUS_PLAN_START}\n${detailsBlock(summaryText, plan)}\n${PREVIOUS_PLAN_END}\n`;
  const room = maxLength - head.length - tail.length - fold('').length;
  if (room >= previous.length) return head + fold(previous) + tail;
  if (room > 200) return head + fold(`${cutMarkdown(previous, room - 120)}\n\n*(cut: the rest of the last plan is in the job summary of the run that made it)*`) + tail;
  return fitBody(head + tail, maxLength);
}

/** Cuts markdown at a line end, closing a code fence left open. */
function cutMarkdown(markdown: string, max: number): string {
  const cut = markdown.slice(0, Math.max(0, max));
  const atLine = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const fences = (atLine.match(/^\s*(`{3,}|~{3,})/gm) ?? []).length;
  const details = (atLine.match(/<details/g) ?? []).length - (atLine.match(/<\/details>/g) ?? []).length;
  return atLine + (fences % 2 === 1 ? '\n```' : '') + '\n\n</details>'.repeat(Math.max(0, details));
}

function fitBody(body: string, maxLength: number): string {
  return body.length <= maxLength ? body : `${cutMarkdown(body, maxLength - 60)}\n\n*(cut to fit GitHub's limit)*\n`;
}

/**
 * The comment with a new marker and status line, its plan untouched: how a merge run reports on the
 * approved plan without ever showing another plan in its place. Undefined when the body has no status line
 * (a comment from before status lines could be found): then the caller writes the comment anew.
 */
export function replaceStatusLine(body: string, marker: CommentMarker, status: CommentStatusLine): string | undefined {
  const lines = body.split('\n');
  const at = lines.findIndex((line) => line.includes(STATUS_LINE_TOKEN));
  if (at < 0 || !lines[0]?.trimStart().startsWith(COMMENT_MARKER_PREFIX)) return undefined;
  lines[0] = formatMarker(marker);
  lines[at] = statusLineMarkdown(status, marker.head_sha);
  return lines.join('\n');
}

/** Per project, what a merge did: a table for the summary and the comments. */
export function renderProjectOutcomes(outcomes: readonly ProjectOutcome[]): string {
  if (outcomes.length === 0) return '';
  const icon = { applied: '✅ applied', unchanged: '➖ unchanged', failed: '❌ failed' } as const;
  return table(
    ['Project', 'Result', 'Why'],
    outcomes.map((o) => [
      inlineCode(o.projectId, 80),
      `${icon[o.outcome]}${o.reason ? ` (${inlineCode(o.reason, 40)})` : ''}`,
      o.outcome === 'applied'
        ? `${formatCount(o.operations ?? 0)} operation${o.operations === 1 ? '' : 's'} written`
        : o.outcome === 'unchanged'
          ? 'nothing left to write'
          : escapeText(truncateText(o.message ?? reasonWords(o.reason ?? ''), 500)),
    ]),
  );
}

export interface RunRef {
  readonly number?: string;
  readonly url?: string;
  /** the workflow's name, for `gh workflow run` */
  readonly workflow?: string;
}

function runMarkdown(run: RunRef): string {
  return link(run.number ? `run #${escapeText(run.number)}` : 'the workflow run', run.url);
}

export interface ApplyFailureNoticeInput {
  readonly target: PlanTarget;
  readonly pull: number;
  readonly reason: FailureReason;
  /** what failed, in a sentence or two (no secrets: the caller masks) */
  readonly message: string;
  readonly outcomes: readonly ProjectOutcome[];
  /** the plan comment that holds the approved plan */
  readonly approvedCommentUrl?: string;
  readonly approvedSummary?: PlanSummary;
  readonly run: RunRef;
  /** markdown: how the current plan differs from the approved one (plan-changed) */
  readonly difference?: string;
}

/**
 * A new comment on the merged pull request when its apply fails (people are notified by new comments,
 * not by edits): what failed, for which projects, and the ways out. The approved plan stays in the plan comment.
 */
export function renderApplyFailureNotice(input: ApplyFailureNoticeInput): string {
  const written = input.outcomes.filter((o) => o.outcome === 'applied');
  const failed = input.outcomes.filter((o) => o.outcome === 'failed');
  const nothingWritten = written.length === 0;
  const marker = `${NOTICE_MARKER_PREFIX}${JSON.stringify({ manifest: input.target.manifest, environment: input.target.environment, reason: input.reason }).replace(/-(?=-)/g, '\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
  const approved = input.approvedCommentUrl
    ? `The approved plan is unchanged in ${link('the plan comment', input.approvedCommentUrl)}${input.approvedSummary ? ` (${escapeText(summaryLine(input.approvedSummary))})` : ''}.`
    : 'The approved plan is in the plan comment of this pull request.';
  const rerun =
    input.reason === 'plan-changed' || input.reason === 'no-approved-plan'
      ? '**Re-run the failed job** only after Ory is back to what the plan was made against (for example, undo the Console edit): it writes nothing that differs from the approved plan.'
      : `**Re-run the failed job** once the cause is fixed${input.reason === 'ory-unavailable' ? ' (Ory reachable again)' : input.reason === 'ory-auth' ? ' (a valid `ory-api-key`)' : ''}: it writes only what is left of the approved plan, project by project, and nothing unreviewed.`;
  const dispatch = `**Apply by hand**: run the workflow${input.run.workflow ? ` ${inlineCode(input.run.workflow, 100)}` : ''} with \`workflow_dispatch\` (Actions → Run workflow${input.run.workflow ? `, or ${inlineCode(`gh workflow run "${input.run.workflow}" --ref <base branch>`, 200)}` : ''}): it applies the manifest as it is on the base branch, after you have read its plan.`;
  const followUp = '**A follow-up pull request**: change the manifest so its plan is what you want now; its plan is reviewed and applied when it merges.';
  const body = [
    marker,
    '',
    `### ❌ Ory Actions: the merge of #${input.pull} ${nothingWritten ? 'was not applied' : 'was only partly applied'}`,
    '',
    `${targetMarkdown(input.target)} · ${runMarkdown(input.run)} · ${inlineCode(input.reason, 40)}: ${escapeText(reasonWords(input.reason))}.`,
    '',
    escapeText(truncateText(input.message, 2000)),
    '',
    ...(input.outcomes.length > 0 ? [renderProjectOutcomes(input.outcomes), ''] : []),
    nothingWritten
      ? '**Nothing was written to Ory.**'
      : `**Written:** ${written.map((o) => inlineCode(o.projectId, 80)).join(', ')}. **Not written:** ${failed.map((o) => inlineCode(o.projectId, 80)).join(', ') || 'none'}. Nothing unreviewed was written.`,
    approved,
    '',
    ...(input.difference ? [detailsBlock('How the plan now differs from the approved one', input.difference), ''] : []),
    '**Ways out**',
    '',
    `- ${rerun}`,
    `- ${dispatch}`,
    `- ${followUp}`,
    '',
  ].join('\n');
  return fitBody(body, BODY_MAX_LENGTH);
}

/**
 * A new comment when a merge that failed before is now applied (a re-run finished it): whoever was told
 * of the failure is told it is over.
 */
export function renderApplyRecoveredNotice(input: { readonly target: PlanTarget; readonly pull: number; readonly outcomes: readonly ProjectOutcome[]; readonly run: RunRef }): string {
  const marker = `${NOTICE_MARKER_PREFIX}${JSON.stringify({ manifest: input.target.manifest, environment: input.target.environment, reason: '' }).replace(/-(?=-)/g, '\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
  return [
    marker,
    '',
    `### ✅ Ory Actions: the merge of #${input.pull} is now applied`,
    '',
    `${targetMarkdown(input.target)} · ${runMarkdown(input.run)}: what was left of the approved plan is written; nothing else was.`,
    '',
    ...(input.outcomes.length > 0 ? [renderProjectOutcomes(input.outcomes), ''] : []),
  ].join('\n');
}

/** The hidden first line of a drift issue: which target it is for. */
export function formatDriftMarker(target: PlanTarget): string {
  const json = JSON.stringify({ manifest: target.manifest, environment: target.environment })
    .replace(/-(?=-)/g, '\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return `${DRIFT_MARKER_PREFIX}${json} -->`;
}

export function parseDriftMarker(body: string): PlanTarget | undefined {
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.startsWith(DRIFT_MARKER_PREFIX) || !firstLine.endsWith(' -->')) return undefined;
  try {
    const data = JSON.parse(firstLine.slice(DRIFT_MARKER_PREFIX.length, -' -->'.length)) as unknown;
    if (typeof data !== 'object' || data === null) return undefined;
    const { manifest, environment } = data as Record<string, unknown>;
    return typeof manifest === 'string' && typeof environment === 'string' ? { manifest, environment } : undefined;
  } catch {
    return undefined;
  }
}

export function driftIssueTitle(target: PlanTarget): string {
  return `Ory Actions drift: ${targetText(target)}`;
}

export interface DriftIssueInput {
  readonly target: PlanTarget;
  readonly summary: PlanSummary;
  /** the drift plan as markdown (renderSummary of the plan, fitted by the caller) */
  readonly planMarkdown: string;
  /** projects with drift, for the import command */
  readonly projectIds: readonly string[];
  readonly run: RunRef;
  /** the branch the schedule checked */
  readonly branch?: string;
  readonly checkedAt?: string;
}

/** The body of the drift issue: the drift plan and both ways out (apply the manifest again, or adopt the live state). */
export function renderDriftIssueBody(input: DriftIssueInput): string {
  const ref = input.branch ?? 'main';
  const importCommands = (input.projectIds.length > 0 ? input.projectIds : ['<project-id>']).map(
    (id) => `ORY_WORKSPACE_API_KEY=… npx ory-actions-gitops import --project-id ${id} --out ${input.target.manifest}`,
  );
  const frame = (plan: string) =>
    [
      formatDriftMarker(input.target),
      '',
      `Ory no longer matches ${targetMarkdown(input.target)} on ${inlineCode(ref, 100)}: **${escapeText(summaryLine(input.summary))}** (what applying the manifest would write).`,
      '',
      `Found by ${runMarkdown(input.run)}${input.checkedAt ? ` at ${escapeText(input.checkedAt)}` : ''}. This issue is kept up to date while the drift lasts and closed by the first scheduled check that finds Ory in sync.`,
      '',
      '**Ways out**',
      '',
      `1. **Apply the manifest again** (Ory goes back to what the manifest says): run the workflow${input.run.workflow ? ` ${inlineCode(input.run.workflow, 100)}` : ''} with \`workflow_dispatch\`${input.run.workflow ? `, e.g. ${inlineCode(`gh workflow run "${input.run.workflow}" --ref ${ref}`, 200)}` : ''}.`,
      `2. **Adopt the live state** (the manifest goes to what Ory has): write the manifest from the live project with \`import\` (secrets become \`\${{ env.* }}\` references), review the difference, and merge it through a pull request:`,
      '',
      '```sh',
      ...importCommands,
      '```',
      '',
      detailsBlock(`The drift plan (${escapeText(summaryLine(input.summary))})`, plan, true),
      '',
    ].join('\n');
  const empty = frame('').length;
  const room = BODY_MAX_LENGTH - empty - 100;
  return frame(input.planMarkdown.length <= room ? input.planMarkdown : `${cutMarkdown(input.planMarkdown, room - 100)}\n\n*(cut: the full plan is in the job summary of the run)*`);
}

/** The comment that closes a drift issue. */
export function renderDriftResolvedComment(target: PlanTarget, run: RunRef): string {
  return `✅ Ory matches ${targetMarkdown(target)} again (checked by ${runMarkdown(run)}). Closing.`;
}

/** What re-planning the other open pull requests came to, for the job summary. */
export function renderReplanReport(report: ReplanReport): string {
  const lines = [`### Other open pull requests after #${report.mergedPull}`, ''];
  const unlooked = report.scanLimitReached
    ? `**More than ${MAX_OPEN_PULLS_SCANNED} open pull requests:** only the ${MAX_OPEN_PULLS_SCANNED} most recently updated were looked at. The plans of the others may be stale: their next push or a re-run of their plan makes them current.`
    : undefined;
  if (report.replanned.length === 0 && report.stale.length === 0) {
    lines.push(`No other open pull request${report.scanLimitReached ? ' looked at' : ''} has a plan comment for this manifest and target.`);
    if (unlooked) lines.push('', unlooked);
    return lines.join('\n');
  }
  const words = { unchanged: 'plan unchanged: still current', changed: 'plan changed: comment updated', 'invalid-manifest': 'invalid manifest at its head', failed: 'could not be planned' } as const;
  for (const entry of report.replanned) {
    lines.push(`- #${entry.pull}: ${words[entry.result]}${entry.detail ? ` (${escapeText(truncateText(entry.detail, 300))})` : ''}`);
  }
  if (report.stale.length > 0) {
    lines.push(
      '',
      `**${report.stale.length} more marked stale, not re-planned** (at most ${MAX_REPLANS_PER_RUN} re-plans per run): ${report.stale.map((n) => `#${n}`).join(', ')}. Their next push or a re-run of their plan makes them current.`,
    );
  }
  if (unlooked) lines.push('', unlooked);
  return lines.join('\n');
}

/** The job summary of a run that could not plan: what failed, and that nothing was written. */
export function renderPlanFailedSummary(reason: FailureReason | '', message: string): string {
  return `## Ory Actions: no plan${reason ? ` (\`${reason}\`)` : ''}\n\n${reasonWords(reason)[0]!.toUpperCase()}${reasonWords(reason).slice(1)}:\n\n> ${escapeText(truncateText(message, 4000))}\n\nNothing was written to Ory.\n`;
}
