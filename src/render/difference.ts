/** How the current plan differs from the approved one, for a `plan-changed` failure. */
import type { PlanDifference } from '../model/comment.ts';
import type { Plan, PlanSummary } from '../model/plan.ts';
import { logSafe } from './log-safety.ts';
import { inlineCode } from './markdown-text.ts';
import { renderSummary, type SourceLinks } from './plan-markdown.ts';
import { formatCount, summaryLine } from './wording.ts';
import { append } from '../model/append.ts';

const LIST_CAP = 100;

/** Markdown that also reads well as plain text in a log. */
export function renderPlanDifference(diff: PlanDifference): string {
  const lines: string[] = ['**The plan changed since it was approved**, so it was not applied.', ''];
  lines.push(`- Approved plan: ${inlineCode(shortFingerprint(diff.approved.fingerprint))}${diff.approved.summary ? ` (${summaryLine(diff.approved.summary)})` : ''}`);
  lines.push(`- Current plan: ${inlineCode(shortFingerprint(diff.current.fingerprint))} (${summaryLine(diff.current.summary)})`);
  if (diff.detailed) {
    append(lines, keyList('Added since approval', diff.added));
    append(lines, keyList('No longer in the plan', diff.removed));
    append(lines, keyList('Changed since approval', diff.changed));
    if (diff.added.length + diff.removed.length + diff.changed.length === 0) {
      lines.push('', diff.approved.fingerprint === diff.current.fingerprint ? 'The two plans are the same.' : 'No single change differs, but the fingerprints do.');
    }
  } else {
    lines.push('', 'The approved comment did not carry per-change details (its plan was too large), so only the summaries can be compared:');
    if (diff.approved.summary) {
      lines.push('');
      for (const kind of ['create', 'update', 'delete'] as const) lines.push(`- to ${kind}: ${countChange(diff.approved.summary, diff.current.summary, kind)}`);
    } else {
      lines.push('', 'The approved comment carried no summary either: only the fingerprints can be compared, and they differ.');
    }
  }
  lines.push('', 'Review the new plan on the pull request (or run the action with `mode: plan`) before applying it.');
  return logSafe(`${lines.join('\n')}\n`);
}

/** The job summary of a push refused with `plan-changed`: how the plans differ, then the plan as it is now. */
export function renderPlanChangedSummary(differenceText: string, plan: Plan, links?: SourceLinks): string {
  return `## Ory Actions: the plan changed since it was approved\n\n${differenceText}\n\n${renderSummary(plan, { title: 'Current plan (not applied)', ...(links ? { links } : {}) })}`;
}

function shortFingerprint(fingerprint: string): string {
  return /^[0-9a-f]{16,}$/i.test(fingerprint) ? fingerprint.slice(0, 12) : fingerprint;
}

function keyList(title: string, keys: readonly string[]): string[] {
  if (keys.length === 0) return [];
  const shown = keys.slice(0, LIST_CAP).map((key) => `- ${inlineCode(key)}`);
  if (keys.length > shown.length) shown.push(`- … and ${formatCount(keys.length - shown.length)} more`);
  return ['', `${title} (${formatCount(keys.length)}):`, '', ...shown];
}

function countChange(before: PlanSummary, after: PlanSummary, kind: keyof PlanSummary): string {
  const delta = after[kind] - before[kind];
  if (delta === 0) return `${formatCount(after[kind])} (unchanged)`;
  return `${formatCount(before[kind])} -> ${formatCount(after[kind])} (${delta > 0 ? '+' : ''}${formatCount(delta)})`;
}
