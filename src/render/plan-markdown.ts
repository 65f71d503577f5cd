/**
 * The plan as markdown, for the pull request comment and the job summary. Both are cut to a
 * size limit by dropping whole sections, least useful first: request body previews, then body
 * diffs, then field-level details, then list entries beyond a cap, and at last everything but
 * the summary. A cut never happens inside a markdown construct, and the document says what was
 * left out and where the full plan is.
 */
import { COMMENT_MAX_LENGTH, type CommentStatusLine } from '../model/comment.ts';
import type {
  BodyPreview,
  FieldChange,
  Plan,
  PlannedCreate,
  PlannedDelete,
  PlannedUpdate,
  PlanValue,
  PlanWarning,
  ProjectPlan,
  UnmanagedHook,
} from '../model/plan.ts';
import { bodyDiff } from './body-diff.ts';
import { formatMarkerWithin, type CommentMarker } from '../model/marker.ts';
import {
  codeBlock,
  detailsBlock,
  escapeHtml,
  escapeText,
  inlineCode,
  table,
  tableOfRows,
  tableRow,
  truncateText,
  utf8Length,
} from './markdown-text.ts';
import {
  CHANGE_SYMBOL,
  DELETE_REASON,
  NO_CHANGES_SENTENCE,
  flowLevelSentence,
  formatCount,
  orderedFields,
  planTitle,
  plural,
  statusLineMarkdown,
  summaryLine,
} from './wording.ts';

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

/** Tables longer than this are collapsed; per-change details open only for plans this small. */
const COLLAPSE_TABLE_ROWS = 25;
const OPEN_DETAILS_MAX_CHANGES = 5;

export interface RenderCommentOptions {
  readonly marker: CommentMarker;
  readonly status: CommentStatusLine;
  /** characters (JS string length); default 65,536 */
  readonly maxLength?: number;
  /** markdown naming where the full plan is, e.g. `[the job summary of run #12](https://...)` */
  readonly fullPlanLocation?: string;
}

export interface RenderedComment {
  readonly body: string;
  readonly truncated: boolean;
}

export interface RenderSummaryOptions {
  readonly status?: CommentStatusLine;
  /** UTF-8 bytes; default 1 MiB minus a margin */
  readonly maxBytes?: number;
  /** plain text; default `Ory Actions plan for <manifest> in <environment>` (planTitle) */
  readonly title?: string;
  /** markdown naming where the full plan is when this summary is cut; default the `plan-json` output */
  readonly fullPlanLocation?: string;
  /** commit the plan was made at, shown in a `planned` status line */
  readonly headSha?: string;
}

export function renderComment(plan: Plan, options: RenderCommentOptions): RenderedComment {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const measure = (text: string): number => text.length;
  const frame: Frame = {
    markerLine: formatMarkerWithin(options.marker, maxLength),
    title: planTitle(plan.manifest, plan.environment, 'markdown'),
    statusLine: statusLineMarkdown(options.status, options.marker.head_sha),
    limitPhrase: `under ${formatCount(maxLength)} characters`,
    fullPlanLocation: options.fullPlanLocation ?? 'the job summary of this workflow run',
    itemMax: Math.floor(maxLength / 4),
  };
  return fitDocument(plan, frame, maxLength, measure);
}

export function renderSummary(plan: Plan, options: RenderSummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const frame: Frame = {
    title: options.title !== undefined ? escapeText(options.title) : planTitle(plan.manifest, plan.environment, 'markdown'),
    statusLine: options.status ? statusLineMarkdown(options.status, options.headSha) : undefined,
    limitPhrase: `under ${formatCount(maxBytes)} bytes`,
    fullPlanLocation: options.fullPlanLocation ?? 'the JSON file named by the `plan-json` output',
    itemMax: Math.min(65_536, Math.floor(maxBytes / 4)),
  };
  return fitDocument(plan, frame, maxBytes, utf8Length).body;
}

interface Frame {
  readonly markerLine?: string;
  /** markdown */
  readonly title: string;
  /** markdown */
  readonly statusLine?: string;
  readonly limitPhrase: string;
  /** markdown */
  readonly fullPlanLocation: string;
  /** largest single diff, body or preview block shown */
  readonly itemMax: number;
}

/** How much of the plan a rendering shows, from everything down to the summary alone. */
type Level = 'full' | 'no-previews' | 'no-diffs' | 'tables' | 'compact' | 'bare';

interface Detail {
  readonly level: Level;
  /** entries shown per list (warnings, a project's changes, unmanaged hooks, unchanged names) */
  readonly listCap: number;
  /** counts single blocks (a diff, a body, a preview) left out for being too long on their own */
  readonly oversized: { count: number };
  /** each project's change-table rows, formatted once for all the attempts of one fitting */
  readonly changeRowLines: Map<ProjectPlan, readonly string[]>;
}

function fitDocument(plan: Plan, frame: Frame, max: number, measure: (text: string) => number): RenderedComment {
  let oversized = 0;
  const changeRowLines = new Map<ProjectPlan, readonly string[]>();
  const attempt = (level: Level, listCap: number): string | undefined => {
    const detail: Detail = { level, listCap, oversized: { count: 0 }, changeRowLines };
    const text = renderDocument(plan, frame, detail);
    oversized = detail.oversized.count;
    return measure(text) <= max ? text : undefined;
  };
  // The tables-only rendering is the smallest that still lists everything: when even it is too
  // big, the richer ones are too, and are not worth building.
  const tables = attempt('tables', Infinity);
  if (tables !== undefined) {
    for (const level of ['full', 'no-previews', 'no-diffs'] as const) {
      // A rendering that must hold more than the limit in verbatim text alone is not built (at
      // 5,000 actions, each is megabytes of strings).
      if (verbatimSize(plan, level, frame, measure, (project) => changeRowLines.get(project) ?? []) > max) continue;
      const text = attempt(level, Infinity);
      if (text !== undefined) return { body: text, truncated: level !== 'full' || oversized > 0 };
    }
    return { body: tables, truncated: true };
  }
  const longest = longestList(plan);
  let best: string | undefined;
  let low = 0;
  let high = longest - 1;
  while (low <= high) {
    const cap = Math.floor((low + high) / 2);
    const text = attempt('compact', cap);
    if (text !== undefined) {
      best = text;
      low = cap + 1;
    } else {
      high = cap - 1;
    }
  }
  if (best !== undefined) return { body: best, truncated: true };
  const bare = attempt('bare', 0);
  if (bare !== undefined) return { body: bare, truncated: true };
  const minimal = [frame.markerLine, `**${summaryLine(plan.summary)}**`].filter(isDefined).join('\n\n');
  if (measure(minimal) <= max) return { body: minimal, truncated: true };
  throw new RangeError(`A size limit of ${max} is too small for even the plan's summary`);
}

/**
 * A size no rendering at `level` can be under: what it shows verbatim, in disjoint places. That is
 * each project's change rows, and from `no-previews` up the bodies of creates, and at `full` their
 * previews (the ones not left out for being longer than one block may be).
 */
function verbatimSize(plan: Plan, level: Level, frame: Frame, measure: (text: string) => number, rowsOf: (project: ProjectPlan) => readonly string[]): number {
  let size = 0;
  for (const project of plan.projects) {
    for (const row of rowsOf(project)) size += measure(row);
    if (!showsBodies(level)) continue;
    for (const create of project.creates) {
      if (create.fields.body?.sensitive === true) continue;
      if (create.body !== undefined && create.body.length <= frame.itemMax) size += measure(create.body);
      if (level === 'full' && create.preview?.kind === 'rendered' && create.preview.json.length <= frame.itemMax) size += measure(create.preview.json);
    }
  }
  return size;
}

function longestList(plan: Plan): number {
  let longest = groupWarnings(plan).groups.length;
  for (const p of plan.projects) {
    longest = Math.max(longest, p.creates.length + p.updates.length + p.deletes.length, p.unmanaged.length, p.unchanged.length);
  }
  return longest;
}

function renderDocument(plan: Plan, frame: Frame, detail: Detail): string {
  const blocks: string[] = [];
  if (frame.markerLine) blocks.push(frame.markerLine);
  blocks.push(`### ${frame.title}`);
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  blocks.push(total === 0 ? `**${summaryLine(plan.summary)}** ${NO_CHANGES_SENTENCE}` : `**${summaryLine(plan.summary)}**`);
  if (frame.statusLine) blocks.push(frame.statusLine);
  const notice = cutNotice(detail, frame);
  if (notice) blocks.push(notice);
  if (detail.level !== 'bare') {
    const warnings = warningsSection(plan, detail);
    if (warnings) blocks.push(warnings);
    for (const project of plan.projects) blocks.push(projectSection(project, frame, detail, total));
  } else if (plan.projects.length > 0) {
    const ids = plan.projects.slice(0, 10).map((p) => inlineCode(p.projectId, 80));
    if (plan.projects.length > ids.length) ids.push(`and ${formatCount(plan.projects.length - ids.length)} more`);
    blocks.push(`${plural(plan.projects.length, 'project')}: ${ids.join(', ')}`);
  }
  blocks.push(`<sub>Fingerprint ${inlineCode(plan.fingerprint, 128)}</sub>`);
  return `${blocks.join('\n\n')}\n`;
}

function cutNotice(detail: Detail, frame: Frame): string | undefined {
  const what: Record<Level, string | undefined> = {
    full: undefined,
    'no-previews': 'request body previews were left out',
    'no-diffs': 'request body previews and body diffs were left out',
    tables: 'field-level details, body diffs and request body previews were left out; the tables list every change',
    compact: `only the first ${formatCount(detail.listCap)} entries of each list are shown, without field-level details, body diffs or request body previews`,
    bare: 'only the summary is shown',
  };
  const cut = what[detail.level];
  if (!cut) return undefined;
  return `> ✂️ **This plan was shortened** to stay ${frame.limitPhrase}: ${cut}. The full plan is in ${frame.fullPlanLocation}.`;
}

function moreLine(shown: number, total: number, noun: string): string | undefined {
  return shown < total ? `*… and ${formatCount(total - shown)} more ${noun} not shown.*` : undefined;
}

/** Warnings with the same message in the same project are one entry naming every action. */
interface WarningGroup {
  readonly project: ProjectPlan;
  readonly warning: PlanWarning;
  readonly actions: string[];
}

function groupWarnings(plan: Plan): { groups: WarningGroup[]; total: number } {
  const groups: WarningGroup[] = [];
  let total = 0;
  for (const project of plan.projects) {
    const byMessage = new Map<string, WarningGroup>();
    for (const warning of project.warnings) {
      total++;
      const key = `${warning.kind}\u0000${warning.message}`;
      let group = byMessage.get(key);
      if (!group) {
        group = { project, warning, actions: [] };
        byMessage.set(key, group);
        groups.push(group);
      }
      if (warning.action !== undefined) group.actions.push(warning.action);
    }
  }
  return { groups, total };
}

const ACTIONS_PER_WARNING = 10;

function warningsSection(plan: Plan, detail: Detail): string | undefined {
  const { groups, total } = groupWarnings(plan);
  if (total === 0) return undefined;
  const several = plan.projects.length > 1;
  const shown = groups.slice(0, detail.listCap);
  const lines = shown.map(({ warning, project, actions }) => {
    const names = actions.slice(0, ACTIONS_PER_WARNING).map((a) => inlineCode(a, 80));
    if (actions.length > names.length) names.push(`and ${formatCount(actions.length - names.length)} more`);
    const where = several ? ` (project ${inlineCode(project.projectName ?? project.projectId, 80)})` : '';
    const prefix = names.length > 0 || where ? ` ${names.join(', ')}${where}:`.replace(/^ \(/, ' (') : '';
    return `- ⚠️${prefix} ${escapeText(truncateText(warning.message, 1000))}`;
  });
  return [`#### ⚠️ Warnings (${formatCount(total)})`, lines.join('\n'), moreLine(shown.length, groups.length, 'warnings')]
    .filter(isDefined)
    .join('\n\n');
}

function valueCode(value: PlanValue | undefined, missing = '*(not set)*'): string {
  if (!value) return missing;
  return value.sensitive ? `${inlineCode(value.display, 120)} 🔒` : inlineCode(value.display);
}

function projectHeading(project: ProjectPlan): string {
  const name = project.projectName ? `${escapeText(truncateText(project.projectName, 120))} ` : '';
  return `#### Project ${name}${inlineCode(project.projectId, 80)}`;
}

function projectSection(project: ProjectPlan, frame: Frame, detail: Detail, planChanges: number): string {
  const parts: string[] = [projectHeading(project)];
  const count = project.creates.length + project.updates.length + project.deletes.length;
  const counts = `${project.creates.length} to create, ${project.updates.length} to update, ${project.deletes.length} to delete`;
  parts.push(`Revision ${inlineCode(project.revisionId, 80)} · ${count === 0 ? 'no changes' : counts}`);
  if (count > 0) {
    let allRows = detail.changeRowLines.get(project);
    if (!allRows) detail.changeRowLines.set(project, (allRows = changeRows(project).map(tableRow)));
    const rows = allRows.slice(0, detail.listCap);
    const changeTable = tableOfRows(['', 'Action', 'Hook list', 'Method', 'URL', 'Change'], rows);
    parts.push(rows.length > COLLAPSE_TABLE_ROWS ? detailsBlock(`${formatCount(count)} changes`, changeTable) : changeTable);
    const more = moreLine(rows.length, count, 'changes');
    if (more) parts.push(more);
  }
  if (project.unchanged.length > 0) {
    const shown = project.unchanged.slice(0, detail.listCap).map((name) => inlineCode(name, 80));
    const rest = project.unchanged.length - shown.length;
    if (shown.length > 0 || rest > 0) {
      parts.push(`Unchanged: ${[...shown, ...(rest > 0 ? [`and ${formatCount(rest)} more`] : [])].join(', ')}`);
    }
  }
  if (count > 0 && showsFieldDetails(detail.level)) {
    const changes = [
      ...project.creates.map((c) => createDetail(c, frame, detail)),
      ...project.updates.map((u) => updateDetail(u, frame, detail)),
      ...project.deletes.map((d) => deleteDetail(d)),
    ];
    parts.push(detailsBlock(`Details of ${plural(count, 'change')}`, changes.join('\n\n'), planChanges <= OPEN_DETAILS_MAX_CHANGES));
  }
  if (project.unmanaged.length > 0) parts.push(unmanagedBlock(project.unmanaged, detail.listCap));
  for (const list of project.flowLevelLists ?? []) parts.push(`ℹ️ ${escapeText(flowLevelSentence(list))}`);
  return parts.join('\n\n');
}

function showsFieldDetails(level: Level): boolean {
  return level === 'full' || level === 'no-previews' || level === 'no-diffs';
}
function showsBodies(level: Level): boolean {
  return level === 'full' || level === 'no-previews';
}

function actionCell(action: string | undefined): string {
  return action ? inlineCode(action, 80) : '*(unnamed)*';
}

function changeRows(project: ProjectPlan): string[][] {
  const rows: string[][] = [];
  const row = (kind: keyof typeof CHANGE_SYMBOL, action: string | undefined, hook: { listKey: string; method: string; url: PlanValue }, change: string): void => {
    rows.push([inlineCode(CHANGE_SYMBOL[kind]), actionCell(action), inlineCode(hook.listKey), inlineCode(hook.method), valueCode(hook.url), change]);
  };
  for (const c of project.creates) row('create', c.action, c, 'create');
  for (const u of project.updates) {
    const fields = u.changes.map((ch) => inlineCode(ch.field, 60)).join(', ');
    row('update', u.action, u, fields ? `update ${fields}` : 'update');
  }
  for (const d of project.deletes) row('delete', d.action, d, `delete: ${escapeText(DELETE_REASON[d.reason] ?? d.reason)}`);
  return rows;
}

function changeHeading(kind: keyof typeof CHANGE_SYMBOL, action: string | undefined, listKey: string, suffix = ''): string {
  const name = action ? ` ${inlineCode(action, 80)}` : '';
  return `##### ${inlineCode(CHANGE_SYMBOL[kind])} ${kind}${name} in ${inlineCode(listKey)}${suffix}`;
}

function fieldsTable(fields: PlannedCreate['fields']): string {
  const rows = orderedFields(fields).map(([field, value]) => [inlineCode(field, 60), valueCode(value)]);
  return rows.length > 0 ? table(['Field', 'Value'], rows) : '*(no fields)*';
}

function createDetail(create: PlannedCreate, frame: Frame, detail: Detail): string {
  const parts = [changeHeading('create', create.action, create.listKey), fieldsTable(create.fields)];
  const bodySensitive = create.fields.body?.sensitive === true;
  if (bodySensitive) {
    parts.push('*(sensitive body)*');
  } else if (showsBodies(detail.level) && create.body !== undefined) {
    parts.push(sizedBlock('Body (Jsonnet):', create.body, 'jsonnet', 'body', frame, detail));
  }
  const preview = previewMarkdown(create.preview, bodySensitive, frame, detail);
  if (preview) parts.push(preview);
  return parts.join('\n\n');
}

function isSensitiveChange(change: FieldChange): boolean {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}

function updateDetail(update: PlannedUpdate, frame: Frame, detail: Detail): string {
  const parts = [changeHeading('update', update.action, update.listKey)];
  const rows = update.changes.map((change) => [inlineCode(change.field, 60), valueCode(change.before), valueCode(change.after, '*(removed)*')]);
  if (rows.length > 0) parts.push(table(['Field', 'Before', 'After'], rows));
  const bodyChange = update.changes.find((change) => change.field === 'body');
  const bodySensitive = bodyChange !== undefined && isSensitiveChange(bodyChange);
  if (bodyChange && bodySensitive) {
    parts.push('*(sensitive body changed)*');
  } else if (bodyChange && showsBodies(detail.level)) {
    if (update.bodyBefore !== undefined && update.bodyAfter !== undefined) {
      const diff = bodyDiff(update.bodyBefore, update.bodyAfter);
      if (diff) parts.push(sizedBlock('Body diff:', diff, 'diff', 'body diff', frame, detail));
    } else if (update.bodyAfter !== undefined) {
      parts.push(sizedBlock('The live body could not be read; the body in the manifest:', update.bodyAfter, 'jsonnet', 'body', frame, detail));
    }
  }
  const preview = previewMarkdown(update.preview, bodySensitive, frame, detail);
  if (preview) parts.push(preview);
  return parts.join('\n\n');
}

function deleteDetail(del: PlannedDelete): string {
  const reason = ` (${escapeText(DELETE_REASON[del.reason] ?? del.reason)})`;
  return [changeHeading('delete', del.action, del.listKey, reason), fieldsTable(del.fields)].join('\n\n');
}

/** A labelled code block, or a note in its place when it alone would take too much room. */
function sizedBlock(label: string, content: string, language: string, noun: string, frame: Frame, detail: Detail): string {
  if (content.length > frame.itemMax) {
    detail.oversized.count++;
    const lines = content.split('\n').length;
    return `*(${noun} of ${formatCount(lines)} lines left out: too long to show here; the full plan is in ${frame.fullPlanLocation})*`;
  }
  return `${label}\n\n${codeBlock(content, language)}`;
}

function previewMarkdown(preview: BodyPreview | undefined, bodySensitive: boolean, frame: Frame, detail: Detail): string | undefined {
  if (!preview || detail.level !== 'full') return undefined;
  // The sample request may echo a secret that sits in a sensitive body: never show it.
  if (bodySensitive) return '*Request body preview hidden: the body is sensitive.*';
  switch (preview.kind) {
    case 'rendered':
      if (preview.json.length > frame.itemMax) {
        detail.oversized.count++;
        return `*Request body preview left out: ${formatCount(preview.json.length)} characters is too long to show here; the full plan is in ${frame.fullPlanLocation}.*`;
      }
      return detailsBlock('Request body preview', [codeBlock(preview.json, 'json'), placeholderNote(preview.placeholders)].filter(isDefined).join('\n\n'));
    case 'cancelled':
      return 'Request body preview: call skipped for this sample (`error "cancel"`).';
    case 'error':
      return `⚠️ Request body preview: the body fails to evaluate for the sample request:\n\n${codeBlock(truncateText(preview.message, 2000), 'text')}`;
  }
}

/** A preview evaluated with reference text in place of secrets says so: the real request differs there. */
function placeholderNote(names: readonly string[] | undefined): string | undefined {
  if (!names || names.length === 0) return undefined;
  const list = names.map((name) => inlineCode(`\${{ env.${name} }}`, 80)).join(', ');
  return `*sample_ctx values from ${list} are sensitive: the preview used the reference text in their place.*`;
}

function unmanagedBlock(hooks: readonly UnmanagedHook[], cap: number): string {
  const shown = hooks.slice(0, cap);
  const rows = shown.map((hook) => [inlineCode(hook.listKey), inlineCode(hook.method), valueCode(hook.url)]);
  const content = [rows.length > 0 ? table(['Hook list', 'Method', 'URL'], rows) : undefined, moreLine(shown.length, hooks.length, 'unmanaged webhooks')]
    .filter(isDefined)
    .join('\n\n');
  return detailsBlock(escapeHtml(`${plural(hooks.length, 'unmanaged webhook')}, left untouched`), content);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
