/**
 * The overview a reviewer reads first: one line per hook change in a `diff` block (GitHub colours
 * `+`, `-` and `!` lines; the symbols say the same without colour), action and change first,
 * short URLs, and no line wider than the comment column (about 780 px).
 */
import type { PlanValue, ProjectPlan } from '../model/plan.ts';
import { bodyLineCounts, CHANGE_MARK, changesOf, identityChanges, type HookChange, type HookChangeKind } from './changes.ts';
import { codeBlock, inlineCode, table, truncateText } from './markdown-text.ts';
import { formatCount } from './wording.ts';

/** Characters of monospace text that fit a code block in a 780 px comment at GitHub's font size. */
export const OVERVIEW_LINE_MAX = 84;
const ACTION_COLUMN_MAX = 24;
const VALUE_MAX = 28;

/**
 * A URL as host and path: no scheme (except a plain `http://`, which is a risk worth seeing), no
 * userinfo, query or fragment. A reference (`${{ env.URL }}`) or anything unparsable is shown as given.
 */
export function shortUrl(url: PlanValue | string): string {
  const text = typeof url === 'string' ? url : url.display;
  if (!/^https?:\/\//i.test(text)) return text;
  // a reference inside the URL is shown as written, not percent-encoded
  if (text.includes('${{')) return text.replace(/^https:\/\//i, '');
  try {
    const parsed = new URL(text);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    const rest = parsed.search || parsed.hash ? '?…' : '';
    return `${parsed.protocol === 'http:' ? 'http://' : ''}${parsed.host}${path}${rest}`;
  } catch {
    return text;
  }
}

/** Two URLs with their common start shown once as `…`: with one whole segment before the difference when there is room. */
function urlChange(before: string, after: string, room: number): string {
  const a = shortUrl(before);
  const b = shortUrl(after);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const atDifference = a.lastIndexOf('/', common - 1);
  const candidates = [a.lastIndexOf('/', atDifference - 1), atDifference]
    .filter((cut) => cut > 0)
    .map((cut) => `…${a.slice(cut)} → …${b.slice(cut)}`);
  candidates.unshift(`${a} → ${b}`);
  return candidates.find((text) => text.length <= room) ?? candidates[candidates.length - 1]!;
}

function short(value: PlanValue | undefined, missing: string): string {
  if (!value) return missing;
  return truncateText(value.display.replace(/\r?\n/g, '↵'), VALUE_MAX);
}

/** `text` cut in the middle to `max` characters: a URL keeps its host and its last segment. */
function middleCut(text: string, max: number): string {
  if (text.length <= max) return text;
  const segments = text.split('/');
  if (segments.length > 2) {
    // the host and the last segment, else the last segments alone (the full URL is in the details)
    const last = segments[segments.length - 1]!;
    for (const shorter of [`${segments[0]}/…/${last}`, `…/${segments[segments.length - 2]}/${last}`, `…/${last}`]) {
      if (shorter.length <= max) return shorter;
    }
  }
  if (max < 12) return truncateText(text, max);
  const tail = Math.floor((max - 1) / 2);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}

/** What a change does, part by part (a field each); a part that does not fit its room is cut in the middle. */
function changeParts(change: HookChange, room: number): string[] {
  switch (change.kind) {
    case 'create': {
      // POST is the default: only another method is worth the room
      const method = change.create.method === 'POST' ? '' : `${change.create.method} `;
      return [`${method}${middleCut(shortUrl(change.create.url), room - method.length)}`];
    }
    case 'update':
      return change.update.changes.map((c) => {
        const sensitive = c.before?.sensitive === true || c.after?.sensitive === true;
        if (c.field === 'body') {
          const counts = sensitive ? undefined : bodyLineCounts(change.update);
          return counts ? `body +${counts.added} −${counts.removed} lines` : sensitive ? 'body (sensitive)' : 'body';
        }
        if (sensitive) return `${c.field} (sensitive)`;
        return `${c.field}: ${short(c.before, '(not set)')} → ${short(c.after, '(removed)')}`;
      });
    case 'replace':
      return identityChanges(change).map((f) => (f.field === 'url' ? `url: ${urlChange(f.before, f.after, room - 5)}` : `${f.field}: ${f.before} → ${f.after}`));
    case 'delete': {
      const del = change.delete;
      const hook = `${del.method} ${middleCut(shortUrl(del.url), room - del.method.length - 16)}`;
      switch (del.reason) {
        case 'removed-from-manifest':
          return ['removed from the manifest'];
        case 'identity-changed':
          return [`old hook ${hook}`];
        case 'prune':
          return [`${del.method} ${middleCut(shortUrl(del.url), room - del.method.length - 1)}`];
        case 'duplicate':
          return [`extra copy of ${hook}`];
      }
    }
  }
}

function actionOf(change: HookChange): string {
  const name = change.kind === 'create' || change.kind === 'replace' ? change.create.action : change.kind === 'update' ? change.update.action : change.delete.action;
  if (name !== undefined) return truncateText(name, 60);
  return change.kind === 'delete' && change.delete.reason === 'prune' ? '(prune)' : '(unnamed)';
}

function listOf(change: HookChange): string {
  return change.kind === 'create' || change.kind === 'replace' ? change.create.listKey : change.kind === 'update' ? change.update.listKey : change.delete.listKey;
}

/** The overview's lines of one project's changes, formatted once (a huge plan reuses them while it is fitted). */
export function overviewLines(changes: readonly HookChange[]): string[] {
  const markWidth = changes.some((c) => c.kind === 'replace') ? CHANGE_MARK.replace.length : 1;
  const actionWidth = Math.min(ACTION_COLUMN_MAX, Math.max(0, ...changes.map((c) => actionOf(c).length)));
  const listWidth = Math.max(0, ...changes.map((c) => listOf(c).length));
  return changes.map((change) => {
    const mark = CHANGE_MARK[change.kind].padEnd(markWidth);
    const head = `${mark} ${actionOf(change).padEnd(actionWidth)}  ${listOf(change).padEnd(listWidth)}  `;
    const room = OVERVIEW_LINE_MAX - head.length;
    const parts = changeParts(change, room);
    const oneLine = parts.join(', ');
    if (oneLine.length <= room) return `${head}${oneLine}`.trimEnd();
    // a part cut to fit is kept on the one line (parts that are whole get a line each)
    if (parts.length === 1) return `${head}${middleCut(oneLine, room)}`.trimEnd();
    if (room >= 24) {
      // one part a line, aligned under the first, each with the change's mark (and colour)
      const pad = `${CHANGE_MARK[change.kind].padEnd(markWidth)}${' '.repeat(head.length - markWidth)}`;
      return parts.map((part, i) => `${i === 0 ? head : pad}${middleCut(part, room)}`.trimEnd()).join('\n');
    }
    // a name too long for the columns: the change goes under it
    const indent = `${CHANGE_MARK[change.kind].padEnd(markWidth)}   `;
    const first = `${mark} ${actionOf(change)}  ${listOf(change)}`;
    return [truncateText(first, OVERVIEW_LINE_MAX), ...parts.map((part) => middleCut(`${indent}${part}`, OVERVIEW_LINE_MAX))].join('\n');
  });
}

export function overviewBlock(lines: readonly string[]): string {
  return codeBlock(lines.join('\n'), 'diff');
}

/** Per hook list, how many changes of each kind: the first thing a large plan shows. */
export function countTable(project: ProjectPlan): string {
  const kinds: readonly HookChangeKind[] = ['create', 'update', 'replace', 'delete'];
  const byList = new Map<string, Record<HookChangeKind, number>>();
  for (const change of changesOf(project)) {
    const list = listOf(change);
    const counts = byList.get(list) ?? { create: 0, update: 0, replace: 0, delete: 0 };
    counts[change.kind]++;
    byList.set(list, counts);
  }
  const present = kinds.filter((k) => [...byList.values()].some((c) => c[k] > 0));
  const rows = [...byList.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([list, counts]) => [inlineCode(list), ...present.map((k) => (counts[k] > 0 ? formatCount(counts[k]) : '·'))]);
  return table(['Hook list', ...present.map((k) => `${inlineCode(CHANGE_MARK[k])} ${k}`)], rows);
}
