/** Words and symbols shared by every rendering (markdown, terminal, plan difference). */
import { STATUS_LINE_TOKEN, type CommentStatusLine } from '../model/comment.ts';
import type { FlowLevelList, PlannedDelete, PlanSummary, PlanValue, WebhookFields } from '../model/plan.ts';
import { escapeText, inertText, inlineCode, link, truncateText } from './markdown-text.ts';

/** Always exactly `Plan: N to create, N to update, N to delete.` (users grep for it). */
export function summaryLine(summary: PlanSummary): string {
  return `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete.`;
}

/**
 * What a plan is for: the manifest, and its target when it has one (an environment, or the project of a
 * matrix over project-id), so the comments and summaries of several targets tell themselves apart.
 */
export function planTitle(manifest: string, environment: string | undefined, format: 'markdown' | 'text'): string {
  if (format === 'text') return `Ory Actions plan for ${manifest}${environment ? ` in ${environment}` : ''}`;
  return `Ory Actions plan for ${inlineCode(manifest, 200)}${environment ? ` in ${inlineCode(environment, 200)}` : ''}`;
}

export const NO_CHANGES_SENTENCE = 'No changes. The live webhooks already match the manifest.';

export const CHANGE_SYMBOL = { create: '+', update: '~', delete: '-' } as const;
export type ChangeKind = keyof typeof CHANGE_SYMBOL;

export const DELETE_REASON: Readonly<Record<PlannedDelete['reason'], string>> = {
  'removed-from-manifest': 'removed from the manifest',
  'identity-changed': 'replaced: its url, method or hook list changed',
  prune: 'not in the manifest (prune)',
  duplicate: 'duplicate of a managed webhook',
};

/** Manifest order of a webhook's fields; anything else follows alphabetically. */
const FIELD_ORDER = [
  'url',
  'method',
  'body',
  'can_interrupt',
  'response_ignore',
  'response_parse',
  'auth.type',
  'auth.name',
  'auth.in',
  'auth.value',
  'auth.user',
  'auth.password',
];

export function compareFields(a: string, b: string): number {
  const ia = FIELD_ORDER.indexOf(a);
  const ib = FIELD_ORDER.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function orderedFields(fields: WebhookFields): [string, PlanValue][] {
  return Object.keys(fields)
    .sort(compareFields)
    .map((key) => [key, fields[key] as PlanValue]);
}

/** A short commit id for people; anything that is not a hex sha is shown as given (shortened). */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : truncateText(sha, 40);
}

function runLink(status: CommentStatusLine): string {
  const text = status.runNumber ? `run #${escapeText(status.runNumber)}` : 'the workflow run';
  return link(text, status.runUrl);
}

/**
 * The one line that says where the plan stands: planned, applying, applied, failed or stale.
 * `headSha` is shown for planned plans when known. It ends with an invisible token, so a later run
 * can change the status of a comment without making its plan again (replaceStatusLine).
 */
export function statusLineMarkdown(status: CommentStatusLine, headSha?: string): string {
  return `${statusWords(status, headSha)} ${STATUS_LINE_TOKEN}`;
}

function statusWords(status: CommentStatusLine, headSha?: string): string {
  // the detail is a sentence of its own: inert, and ended
  const text = status.detail ? inertText(truncateText(status.detail, 1000)) : '';
  const detail = text ? ` ${/[.!?…]$/.test(text) ? text : `${text}.`}` : '';
  const hasRun = Boolean(status.runNumber || status.runUrl);
  switch (status.status) {
    case 'planned': {
      const at = headSha ? ` at ${inlineCode(shortSha(headSha))}` : '';
      const run = hasRun ? ` in ${runLink(status)}` : '';
      return `📝 **Planned**${at}${run}. It is applied when this pull request merges.${detail}`;
    }
    case 'applying':
      return `⏳ **Applying**${hasRun ? ` in ${runLink(status)}` : ''}…${detail}`;
    case 'applied':
      return `✅ **Applied**${hasRun ? ` in ${runLink(status)}` : ''}.${detail}`;
    case 'failed': {
      const reason = status.failureReason ? ` (${inlineCode(status.failureReason, 60)})` : '';
      const see = hasRun ? ` See ${runLink(status)}.` : '';
      return `❌ **Failed**${reason}:${detail || ' the plan was not applied.'}${see}`;
    }
    case 'stale':
      return `⌛ **Stale**:${detail || ' a merge changed what this plan is made against, and it was not made again.'} Push a commit or re-run the plan to make it current.`;
  }
}

/** The same status for a terminal or log. */
export function statusLineText(status: CommentStatusLine, headSha?: string): string {
  const run = status.runNumber ? ` in run #${status.runNumber}` : '';
  const url = status.runUrl ? ` (${status.runUrl})` : '';
  const detail = status.detail ? ` ${status.detail}` : '';
  switch (status.status) {
    case 'planned':
      return `Planned${headSha ? ` at ${shortSha(headSha)}` : ''}${run}${url}.${detail}`;
    case 'applying':
      return `Applying${run}${url}...${detail}`;
    case 'applied':
      return `Applied${run}${url}.${detail}`;
    case 'failed':
      return `Failed${status.failureReason ? ` (${status.failureReason})` : ''}${run}${url}:${detail || ' the plan was not applied.'}`;
    case 'stale':
      return `Stale:${detail || ' a merge changed what this plan is made against.'}`;
  }
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${formatCount(count)} ${count === 1 ? word : pluralWord}`;
}

/** `1,234` with a fixed locale so output never depends on the machine. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const FLOW_LIST_HOOKS_SHOWN = 10;

/** One sentence on a flow-level list: which methods it runs for now, and after the plan when that differs. */
export function flowLevelSentence(list: FlowLevelList): string {
  const methods = (m: readonly string[]) => (m.length === 0 ? 'no method' : m.join(', '));
  const hooks = list.hooks.slice(0, FLOW_LIST_HOOKS_SHOWN).join(', ') + (list.hooks.length > FLOW_LIST_HOOKS_SHOWN ? `, and ${list.hooks.length - FLOW_LIST_HOOKS_SHOWN} more` : '');
  const now = `runs now for ${methods(list.runsFor)}`;
  const after = list.runsFor.join() === list.runsForAfter.join() ? '' : `; after this plan for ${methods(list.runsForAfter)}`;
  return truncateText(`Flow-level list ${list.listKey} (auth_method: global; ${hooks === '' ? 'empty' : hooks}) ${now}${after}: Kratos runs it for each method whose own list is empty.`, 1000);
}
