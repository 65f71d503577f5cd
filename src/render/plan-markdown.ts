/**
 * The plan as markdown, for the pull request comment and the job summary: what a reviewer needs in
 * ten seconds first (summary line, status, risks, one line per change), the details folded below.
 * Both are cut to a size limit by dropping whole sections, least useful first: request body
 * previews, then bodies and body diffs, then the details, then overview lines beyond a cap, and at
 * last everything but the summary. A cut never happens inside a markdown construct, and the
 * document says what was left out and where the full plan is.
 */
import { COMMENT_MAX_LENGTH, type CommentStatusLine } from '../model/comment.ts';
import { formatMarkerWithin, type CommentMarker } from '../model/marker.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { DEFAULT_FIELD_DISPLAY, type BodyPreview, type FieldChange, type Plan, type PlannedCreate, type PlannedDelete, type PlannedUpdate, type PlanValue, type ProjectPlan, type UnmanagedHook } from '../model/plan.ts';
import { bodyDiff } from './body-diff.ts';
import { CHANGE_MARK, changesOf, identityChanges, lineCount, replaceCount, type HookChange } from './changes.ts';
import { codeBlock, detailsBlock, escapeHtml, escapeText, inertText, inlineCode, truncateText, utf8Length } from './markdown-text.ts';
import { countTable, overviewBlock, overviewLines } from './overview.ts';
import { fileLink, locationLink, type SourceLinks } from './source-links.ts';
import { warningCount, warningsMarkdown } from './warnings-markdown.ts';
import { DELETE_REASON, NO_CHANGES_SENTENCE, flowLevelSentence, formatCount, orderedFields, planTitle, plural, statusLineMarkdown, summaryLine } from './wording.ts';

export type { SourceLinks } from './source-links.ts';

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

/** Overviews longer than this are folded, and a plan with more changes opens with a count per hook list. */
const LARGE_PLAN_CHANGES = 25;

export interface RenderCommentOptions {
  readonly marker: CommentMarker;
  readonly status: CommentStatusLine;
  /** characters (JS string length); default 65,536 */
  readonly maxLength?: number;
  /** markdown naming where the full plan is, e.g. `[the job summary of run #12](https://...)` */
  readonly fullPlanLocation?: string;
  /** the repository and head commit, so every location links to its line */
  readonly links?: SourceLinks;
  /** warnings the manifest loader found (deprecated keys, ...); default the plan's own `manifestWarnings` */
  readonly manifestWarnings?: readonly Diagnostic[];
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
  readonly links?: SourceLinks;
  readonly manifestWarnings?: readonly Diagnostic[];
  /** markdown: a sentence naming where the whole plan was kept (the workflow artifact), shown above the footer */
  readonly fullPlanNote?: string;
}

export function renderComment(plan: Plan, options: RenderCommentOptions): RenderedComment {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const measure = (text: string): number => text.length;
  const frame: Frame = {
    markerLine: formatMarkerWithin(options.marker, maxLength),
    title: defaultTitle(plan),
    statusLine: statusLineMarkdown(options.status, options.marker.head_sha),
    limitPhrase: `under ${formatCount(maxLength)} characters`,
    fullPlanLocation: options.fullPlanLocation ?? 'the job summary of this workflow run',
    itemMax: Math.floor(maxLength / 4),
    ...(options.links ? { links: options.links } : {}),
    manifestWarnings: options.manifestWarnings ?? plan.manifestWarnings ?? [],
  };
  return fitDocument(plan, frame, maxLength, measure);
}

export function renderSummary(plan: Plan, options: RenderSummaryOptions = {}): string {
  return renderSummaryDocument(plan, options).body;
}

/** The job summary, and whether it had to be cut to fit. */
export function renderSummaryDocument(plan: Plan, options: RenderSummaryOptions = {}): RenderedComment {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const frame: Frame = {
    title: options.title !== undefined ? escapeText(options.title) : defaultTitle(plan),
    statusLine: options.status ? statusLineMarkdown(options.status, options.headSha) : undefined,
    limitPhrase: `under ${formatCount(maxBytes)} bytes`,
    fullPlanLocation: options.fullPlanLocation ?? 'the plan JSON file named by the `plan-json` output (keep it with `actions/upload-artifact`)',
    itemMax: Math.min(65_536, Math.floor(maxBytes / 4)),
    ...(options.links ? { links: options.links } : {}),
    manifestWarnings: options.manifestWarnings ?? plan.manifestWarnings ?? [],
    ...(options.fullPlanNote ? { fullPlanNote: options.fullPlanNote } : {}),
  };
  return fitDocument(plan, frame, maxBytes, utf8Length);
}

export interface RenderFullPlanOptions {
  readonly status?: CommentStatusLine;
  readonly headSha?: string;
  readonly links?: SourceLinks;
  readonly manifestWarnings?: readonly Diagnostic[];
}

/**
 * The whole plan as markdown, with every change, body, body diff and request preview, at no size limit:
 * what the workflow artifact keeps when the comment or the job summary had to be cut.
 */
export function renderFullPlan(plan: Plan, options: RenderFullPlanOptions = {}): string {
  const frame: Frame = {
    title: defaultTitle(plan),
    statusLine: options.status ? statusLineMarkdown(options.status, options.headSha) : undefined,
    limitPhrase: '',
    fullPlanLocation: 'this file',
    itemMax: Infinity,
    ...(options.links ? { links: options.links } : {}),
    manifestWarnings: options.manifestWarnings ?? plan.manifestWarnings ?? [],
  };
  return renderDocument(plan, frame, { level: 'full', listCap: Infinity, oversized: { count: 0 }, overview: new Map() });
}

/**
 * Whether the comment shows the whole plan, uncut, with `margin` characters to spare: the same frame
 * as renderComment, rendered once with everything in it. Cheap next to renderComment on a large plan
 * (no fitting), so a run can decide before it writes the comment whether the full plan needs a home.
 */
export function commentHoldsWholePlan(plan: Plan, options: RenderCommentOptions & { readonly margin: number }): boolean {
  const maxLength = (options.maxLength ?? COMMENT_MAX_LENGTH) - options.margin;
  const frame: Frame = {
    markerLine: formatMarkerWithin(options.marker, options.maxLength ?? COMMENT_MAX_LENGTH),
    title: defaultTitle(plan),
    statusLine: statusLineMarkdown(options.status, options.marker.head_sha),
    limitPhrase: '',
    fullPlanLocation: '',
    itemMax: Math.floor((options.maxLength ?? COMMENT_MAX_LENGTH) / 4),
    ...(options.links ? { links: options.links } : {}),
    manifestWarnings: options.manifestWarnings ?? plan.manifestWarnings ?? [],
  };
  const overview = new Map<ProjectPlan, ProjectOverview>();
  if (verbatimSize(plan, 'full', frame, (text) => text.length, (project) => overviewOf(project, overview).lines) > maxLength) return false;
  const detail: Detail = { level: 'full', listCap: Infinity, oversized: { count: 0 }, overview };
  const text = renderDocument(plan, frame, detail);
  return detail.oversized.count === 0 && text.length <= maxLength;
}

/** The manifest and the target it plans for (planTitle); a project's name is in its heading or the footer. */
function defaultTitle(plan: Plan): string {
  return planTitle(plan.manifest, plan.environment, 'markdown');
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
  readonly links?: SourceLinks;
  readonly manifestWarnings: readonly Diagnostic[];
  /** markdown, above the footer */
  readonly fullPlanNote?: string;
}

/** How much of the plan a rendering shows, from everything down to the summary alone. */
type Level = 'full' | 'no-previews' | 'no-bodies' | 'overview' | 'compact' | 'bare';

interface Detail {
  readonly level: Level;
  /** entries shown per list (warnings, a project's changes, unmanaged hooks, unchanged names) */
  readonly listCap: number;
  /** counts single blocks (a diff, a body, a preview) left out for being too long on their own */
  readonly oversized: { count: number };
  /** each project's changes and overview lines, made once for all the attempts of one fitting */
  readonly overview: Map<ProjectPlan, ProjectOverview>;
}

interface ProjectOverview {
  readonly changes: readonly HookChange[];
  readonly lines: readonly string[];
}

function overviewOf(project: ProjectPlan, cache: Map<ProjectPlan, ProjectOverview>): ProjectOverview {
  let found = cache.get(project);
  if (!found) {
    const changes = changesOf(project);
    cache.set(project, (found = { changes, lines: overviewLines(changes) }));
  }
  return found;
}

function fitDocument(plan: Plan, frame: Frame, max: number, measure: (text: string) => number): RenderedComment {
  let oversized = 0;
  const overview = new Map<ProjectPlan, ProjectOverview>();
  const attempt = (level: Level, listCap: number): string | undefined => {
    const detail: Detail = { level, listCap, oversized: { count: 0 }, overview };
    const text = renderDocument(plan, frame, detail);
    oversized = detail.oversized.count;
    return measure(text) <= max ? text : undefined;
  };
  // The overview-only rendering is the smallest that still lists everything: when even it is too
  // big, the richer ones are too, and are not worth building.
  const overviewOnly = attempt('overview', Infinity);
  if (overviewOnly !== undefined) {
    for (const level of ['full', 'no-previews', 'no-bodies'] as const) {
      // A rendering that must hold more than the limit in verbatim text alone is not built (at
      // 5,000 actions, each is megabytes of strings).
      if (verbatimSize(plan, level, frame, measure, (project) => overviewOf(project, overview).lines) > max) continue;
      const text = attempt(level, Infinity);
      if (text !== undefined) return { body: text, truncated: level !== 'full' || oversized > 0 };
    }
    return { body: overviewOnly, truncated: true };
  }
  const longest = longestList(plan, frame);
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
 * each project's overview lines, and from `no-previews` up the bodies of creates, and at `full` their
 * previews (the ones not left out for being longer than one block may be).
 */
function verbatimSize(plan: Plan, level: Level, frame: Frame, measure: (text: string) => number, linesOf: (project: ProjectPlan) => readonly string[]): number {
  let size = 0;
  for (const project of plan.projects) {
    for (const line of linesOf(project)) size += measure(line);
    if (!showsBodies(level)) continue;
    for (const create of project.creates) {
      if (create.fields.body?.sensitive === true) continue;
      if (create.body !== undefined && create.body.length <= frame.itemMax) size += measure(create.body);
      if (level === 'full' && create.preview?.kind === 'rendered' && create.preview.json.length <= frame.itemMax) size += measure(create.preview.json);
    }
  }
  return size;
}

function longestList(plan: Plan, frame: Frame): number {
  let longest = warningCount({ projects: plan.projects, manifestWarnings: frame.manifestWarnings });
  for (const p of plan.projects) {
    longest = Math.max(longest, p.creates.length + p.updates.length + p.deletes.length, p.unmanaged.length, p.unchanged.length);
  }
  return longest;
}

function summaryBlock(plan: Plan): string {
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  if (total === 0) return `**${summaryLine(plan.summary)}** ${NO_CHANGES_SENTENCE}`;
  const replaces = replaceCount(plan.projects);
  // SPEC's line stays as it is (people grep it); a replace is counted beside it
  const note = replaces === 0 ? '' : ` (${formatCount(replaces)} to replace, ${replaces === 1 ? 'counted as a create and a delete' : 'each counted as a create and a delete'})`;
  return `**${summaryLine(plan.summary)}**${note}`;
}

function renderDocument(plan: Plan, frame: Frame, detail: Detail): string {
  const blocks: string[] = [];
  if (frame.markerLine) blocks.push(frame.markerLine);
  blocks.push(`### ${frame.title}`);
  blocks.push(summaryBlock(plan));
  if (frame.statusLine) blocks.push(frame.statusLine);
  const notice = cutNotice(detail, frame);
  if (notice) blocks.push(notice);
  if (detail.level !== 'bare') {
    const warnings = warningsMarkdown({
      projects: plan.projects,
      manifestWarnings: frame.manifestWarnings,
      cap: detail.listCap,
      ...(frame.links ? { links: frame.links } : {}),
    });
    if (warnings) blocks.push(warnings);
    for (const project of plan.projects) blocks.push(...projectSection(project, plan.projects.length > 1, frame, detail));
  } else if (plan.projects.length > 0) {
    const ids = plan.projects.slice(0, 10).map((p) => inlineCode(p.projectId, 80));
    if (plan.projects.length > ids.length) ids.push(`and ${formatCount(plan.projects.length - ids.length)} more`);
    blocks.push(`${plural(plan.projects.length, 'project')}: ${ids.join(', ')}`);
  }
  if (frame.fullPlanNote) blocks.push(frame.fullPlanNote);
  blocks.push(footer(plan));
  return `${blocks.join('\n\n')}\n`;
}

/** The revision each project was planned against and the plan's fingerprint: for the record, last. */
function footer(plan: Plan): string {
  const projects = plan.projects.slice(0, 10).map((p) => `project ${p.projectName ? `${escapeText(truncateText(p.projectName, 80))} ` : ''}${inlineCode(p.projectId, 80)} at revision ${inlineCode(p.revisionId, 80)}`);
  if (plan.projects.length > projects.length) projects.push(`and ${formatCount(plan.projects.length - projects.length)} more projects`);
  return `<sub>${[...projects, `fingerprint ${inlineCode(plan.fingerprint, 128)}`].join(' · ')}</sub>`;
}

function cutNotice(detail: Detail, frame: Frame): string | undefined {
  const what: Record<Level, string | undefined> = {
    full: undefined,
    'no-previews': 'request body previews were left out',
    'no-bodies': 'bodies, body diffs and request body previews were left out',
    overview: 'the details of each change were left out; the overview lists every change',
    compact: `only the first ${formatCount(detail.listCap)} changes of each project are listed, without their details`,
    bare: 'only the summary is shown',
  };
  const cut = what[detail.level];
  if (!cut) return undefined;
  return `> ✂️ **This plan was shortened** to stay ${frame.limitPhrase}: ${cut}. The full plan is in ${frame.fullPlanLocation}.`;
}

function projectHeading(project: ProjectPlan): string {
  const name = project.projectName ? `${escapeText(truncateText(project.projectName, 120))} ` : '';
  return `#### Project ${name}${inlineCode(project.projectId, 80)}`;
}

function projectSection(project: ProjectPlan, several: boolean, frame: Frame, detail: Detail): string[] {
  const parts: string[] = [];
  const { changes, lines } = overviewOf(project, detail.overview);
  const count = changes.length;
  if (several) parts.push(projectHeading(project), count === 0 ? 'No changes.' : summaryLine(projectSummary(project)));
  if (count > 0) {
    if (count > LARGE_PLAN_CHANGES) parts.push(countTable(project));
    const shown = lines.slice(0, detail.listCap);
    const block = overviewBlock(shown);
    const label = shown.length < count ? `${formatCount(shown.length)} of ${formatCount(count)} changes` : plural(count, 'change');
    parts.push(count > LARGE_PLAN_CHANGES ? detailsBlock(label, block) : block);
    if (shown.length < count) parts.push(`*… and ${formatCount(count - shown.length)} more changes not shown: the full plan is in ${frame.fullPlanLocation}.*`);
  }
  if (project.unchanged.length > 0) {
    const names = project.unchanged.slice(0, detail.listCap).map((name) => inlineCode(name, 80));
    const rest = project.unchanged.length - names.length;
    if (rest > 0) names.push(`and ${formatCount(rest)} more`);
    parts.push(`Unchanged: ${names.join(', ')}`);
  }
  if (count > 0 && showsDetails(detail.level)) {
    const items = changes.map((change) => changeDetail(change, frame, detail));
    const what = ['fields', showsBodies(detail.level) ? 'bodies' : undefined, detail.level === 'full' ? 'request previews' : undefined].filter(isDefined);
    parts.push(detailsBlock(escapeHtml(`Details of ${plural(count, 'change')}: ${what.join(', ')}`), items.join('\n\n')));
  }
  if (project.unmanaged.length > 0) parts.push(unmanagedBlock(project.unmanaged, detail.listCap));
  for (const list of project.flowLevelLists ?? []) parts.push(`ℹ️ ${inertText(flowLevelSentence(list))}`);
  return parts;
}

function projectSummary(project: ProjectPlan): { create: number; update: number; delete: number } {
  return { create: project.creates.length, update: project.updates.length, delete: project.deletes.length };
}

function showsDetails(level: Level): boolean {
  return level === 'full' || level === 'no-previews' || level === 'no-bodies';
}
function showsBodies(level: Level): boolean {
  return level === 'full' || level === 'no-previews';
}

function valueText(value: PlanValue | undefined, missing: string): string {
  if (!value) return missing;
  const display = truncateText(value.display.replace(/\r?\n/g, '↵'), 300);
  return value.sensitive && value.display !== '(sensitive)' ? `${display} (sensitive)` : display;
}

function changeHeading(change: HookChange, frame: Frame): string {
  const hook = change.kind === 'create' || change.kind === 'replace' ? change.create : change.kind === 'update' ? change.update : change.delete;
  const name = hook.action !== undefined ? ` ${inlineCode(hook.action, 80)}` : '';
  const at = hook.location ? ` · ${locationLink(frame.links, hook.location)}` : '';
  return `**${inlineCode(CHANGE_MARK[change.kind])} ${change.kind}${name}** in ${inlineCode(hook.listKey)}${at}`;
}

function hookLine(hook: { method: string; url: PlanValue }): string {
  return `${inlineCode(hook.method)} ${inlineCode(hook.url.display, 2000)}${hook.url.sensitive ? ' 🔒' : ''}`;
}

function changeDetail(change: HookChange, frame: Frame, detail: Detail): string {
  switch (change.kind) {
    case 'create':
      return [changeHeading(change, frame), hookLine(change.create), ...createParts(change.create, frame, detail)].join('\n\n');
    case 'update':
      return [changeHeading(change, frame), hookLine(change.update), ...updateParts(change.update, frame, detail)].join('\n\n');
    case 'replace': {
      const diff = identityChanges(change).flatMap((f) => [`- ${f.field}: ${f.before}`, `+ ${f.field}: ${f.after}`]);
      return [
        changeHeading(change, frame),
        codeBlock(diff.join('\n'), 'diff'),
        'Ory tells hooks apart by list, method and URL: the old hook is removed and the new one added, in one write.',
        ...createParts(change.create, frame, detail),
      ].join('\n\n');
    }
    case 'delete':
      return deleteDetail(change.delete, frame);
  }
}

/** A create's fields that differ from the defaults; url and method are on the line above. */
function nonDefaultFields(create: PlannedCreate): string | undefined {
  const shown = orderedFields(create.fields).filter(([field, value]) => {
    if (field === 'url' || field === 'method' || field === 'body') return false;
    return !(value.sensitive === false && DEFAULT_FIELD_DISPLAY[field] === value.display);
  });
  if (shown.length === 0) return undefined;
  return shown.map(([field, value]) => `${inlineCode(`${field}: ${value.display}`, 300)}${value.sensitive ? ' 🔒' : ''}`).join(' · ');
}

function createParts(create: PlannedCreate, frame: Frame, detail: Detail): string[] {
  const parts: string[] = [];
  const fields = nonDefaultFields(create);
  if (fields) parts.push(fields);
  const bodySensitive = create.fields.body?.sensitive === true;
  if (bodySensitive) {
    parts.push(`Body: ${inlineCode(create.fields.body!.display, 200)} 🔒 (sensitive: not shown)`);
  } else if (create.body !== undefined) {
    const label = bodyLabel(create.body, create.bodyFile, frame);
    parts.push(showsBodies(detail.level) ? sizedBlock(`${label}:`, create.body, 'jsonnet', 'body', frame, detail) : `${label}.`);
  }
  const preview = previewMarkdown(create.preview, bodySensitive, frame, detail);
  if (preview) parts.push(preview);
  return parts;
}

function bodyLabel(body: string, bodyFile: string | undefined, frame: Frame): string {
  const lines = plural(lineCount(body), 'line');
  return bodyFile !== undefined ? `Body from ${fileLink(frame.links, bodyFile)}, ${lines}` : `Body, ${lines}`;
}

function isSensitiveChange(change: FieldChange): boolean {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}

function updateParts(update: PlannedUpdate, frame: Frame, detail: Detail): string[] {
  const parts: string[] = [];
  const fieldLines = update.changes
    .filter((c) => c.field !== 'body')
    .flatMap((c) => [`- ${c.field}: ${valueText(c.before, '(not set)')}`, `+ ${c.field}: ${valueText(c.after, '(removed)')}`]);
  if (fieldLines.length > 0) parts.push(codeBlock(fieldLines.join('\n'), 'diff'));
  const bodyChange = update.changes.find((change) => change.field === 'body');
  const bodySensitive = bodyChange !== undefined && isSensitiveChange(bodyChange);
  if (bodyChange && bodySensitive) {
    parts.push(`Body: ${inlineCode(bodyChange.before?.display ?? '(none)')} → ${inlineCode(bodyChange.after?.display ?? '(none)')} 🔒 (sensitive: not shown)`);
  } else if (bodyChange) {
    const from = update.bodyFile !== undefined ? ` (${fileLink(frame.links, update.bodyFile)})` : '';
    if (!showsBodies(detail.level)) {
      parts.push(`Body changed${from}: ${inlineCode(valueText(bodyChange.before, '(none)'))} → ${inlineCode(valueText(bodyChange.after, '(none)'))}.`);
    } else if (update.bodyBefore !== undefined && update.bodyAfter !== undefined) {
      const diff = bodyDiff(update.bodyBefore, update.bodyAfter);
      if (diff) parts.push(sizedBlock(`Body diff${from}:`, diff, 'diff', 'body diff', frame, detail));
    } else if (update.bodyAfter !== undefined) {
      parts.push(sizedBlock(`The live body could not be read; the body in the manifest${from}, ${plural(lineCount(update.bodyAfter), 'line')}:`, update.bodyAfter, 'jsonnet', 'body', frame, detail));
    } else {
      parts.push(`Body: ${inlineCode(valueText(bodyChange.before, '(none)'))} → ${inlineCode(valueText(bodyChange.after, '(none)'))}.`);
    }
  }
  const preview = previewMarkdown(update.preview, bodySensitive, frame, detail);
  if (preview) parts.push(preview);
  return parts;
}

function deleteDetail(del: PlannedDelete, frame: Frame): string {
  const name = del.action !== undefined ? ` ${inlineCode(del.action, 80)}` : '';
  const at = del.location ? ` · ${locationLink(frame.links, del.location)}` : '';
  return `**${inlineCode(CHANGE_MARK.delete)} delete${name}** from ${inlineCode(del.listKey)}: ${hookLine(del)}, ${escapeText(DELETE_REASON[del.reason])}${at}`;
}

/** A labelled code block, or a note in its place when it alone would take too much room. */
function sizedBlock(label: string, content: string, language: string, noun: string, frame: Frame, detail: Detail): string {
  if (content.length > frame.itemMax) {
    detail.oversized.count++;
    return `*(${noun} of ${plural(lineCount(content), 'line')} left out: too long to show here; the full plan is in ${frame.fullPlanLocation})*`;
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
      return detailsBlock('Request body preview for the sample', [codeBlock(preview.json, 'json'), placeholderNote(preview.placeholders)].filter(isDefined).join('\n\n'));
    case 'cancelled':
      return 'Request body preview for the sample: none, the body cancels the call (`error "cancel"`).';
    case 'error':
      // the warnings above name the line; here the error alone, on one line
      return `⚠️ Request body preview: none, the body fails for the sample request: ${inlineCode(truncateText(preview.message.split('\n')[0] ?? '', 300))}`;
  }
}

/** A preview evaluated with reference text in place of secrets says so: the real request differs there. */
function placeholderNote(names: readonly string[] | undefined): string | undefined {
  if (!names || names.length === 0) return undefined;
  const list = names.map((name) => inlineCode(`\${{ env.${name} }}`, 80)).join(', ');
  return `*sample_ctx values from ${list} are sensitive: the preview used the reference text in their place.*`;
}

function unmanagedBlock(hooks: readonly UnmanagedHook[], cap: number): string {
  // a live URL as the plan shows it (userinfo, query values and tokens already left out)
  const shown = hooks.slice(0, cap).map((hook) => `- ${inlineCode(hook.listKey)} ${inlineCode(hook.method)} ${inlineCode(hook.url.display, 300)}`);
  if (hooks.length > shown.length) shown.push(`- … and ${formatCount(hooks.length - shown.length)} more`);
  return detailsBlock(escapeHtml(`${plural(hooks.length, 'unmanaged webhook')}, left untouched`), shown.join('\n'));
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
