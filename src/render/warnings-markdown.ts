/**
 * Risk first: the plan's warnings ordered by severity, each once, with the line it comes from.
 * The order is a table keyed by warning kind, so a new kind takes its place by one entry.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { PlanWarning, ProjectPlan, WarningKind } from '../model/plan.ts';
import { changesOf } from './changes.ts';
import { codeBlock, escapeText, inertText, inlineCode, link, truncateText } from './markdown-text.ts';
import { shortUrl } from './overview.ts';
import { lineUrl, locationLink, type SourceLinks } from './source-links.ts';
import { DELETE_REASON, formatCount, plural } from './wording.ts';

/** GitHub's alert kinds, most urgent first. */
export type AlertType = 'CAUTION' | 'WARNING' | 'NOTE';

interface Severity {
  /** lower comes first */
  readonly rank: number;
  readonly alert: AlertType;
  /** what many warnings of this kind share, after "N actions" */
  readonly many: string;
}

/**
 * How much each kind of warning matters to a reviewer: a body that fails (and hooks that stop
 * running), a hook that can block sign-ups or logins, a hook without a body, then other risks,
 * deletes, plain http, and last what only informs.
 */
export const WARNING_SEVERITY: Readonly<Record<WarningKind | 'manifest', Severity>> = {
  'body-evaluation': { rank: 10, alert: 'CAUTION', many: 'fail for the sample request, so their webhooks would fail too' },
  'flow-level-list-off': { rank: 15, alert: 'CAUTION', many: 'switch a flow-level list off for a method: the hooks in it stop running there' },
  'can-block': { rank: 20, alert: 'WARNING', many: 'run synchronously: if their endpoint fails or does not answer within 30 s, the flow fails (`response_ignore: true` where nobody needs to wait)' },
  'response-parse': { rank: 21, alert: 'WARNING', many: 'parse their response (`response_parse: true`): the endpoint can change the identity or block the flow' },
  'no-body': { rank: 25, alert: 'WARNING', many: 'have no body: Kratos fails a webhook without a body template on every call' },
  'duplicate-live-hook': { rank: 30, alert: 'WARNING', many: 'have extra copies in Ory, which are deleted' },
  'ory-warning': { rank: 31, alert: 'WARNING', many: 'drew a warning from Ory' },
  'flow-level-list-on': { rank: 35, alert: 'WARNING', many: 'empty a method list: a flow-level list starts running for that method' },
  delete: { rank: 40, alert: 'WARNING', many: 'are deleted' },
  'plain-http': { rank: 50, alert: 'WARNING', many: 'call a plain `http://` URL: identity data travels unencrypted' },
  'flow-level-list-idle': { rank: 55, alert: 'NOTE', many: 'go to a flow-level list that runs for no method' },
  'body-unverifiable': { rank: 60, alert: 'NOTE', many: 'have a body Ory stores at a URL that does not name its content: it cannot be compared and is left as it is' },
  'secret-uncomparable': { rank: 61, alert: 'NOTE', many: 'have a secret Ory does not return in clear: a change to it cannot be seen' },
  manifest: { rank: 70, alert: 'NOTE', many: 'have manifest warnings' },
};

const ALERT_ORDER: readonly AlertType[] = ['CAUTION', 'WARNING', 'NOTE'];

/** Past this many warnings of one kind in one project, they are one line naming the actions. */
const ONE_BY_ONE_MAX = 10;
const NAMES_PER_GROUP = 10;
const MESSAGE_MAX = 600;

interface WarningItem {
  readonly rank: number;
  readonly alert: AlertType;
  /** the item's markdown; continuation lines are indented for a list item */
  readonly lines: readonly string[];
}

export interface WarningsInput {
  readonly projects: readonly ProjectPlan[];
  readonly manifestWarnings?: readonly Diagnostic[];
  readonly links?: SourceLinks;
  /** items shown at most (the rest are counted) */
  readonly cap: number;
}

export function warningCount(input: Pick<WarningsInput, 'projects' | 'manifestWarnings'>): number {
  return collect({ ...input, cap: Infinity }).length;
}

/** The warnings as GitHub alerts, most severe first; undefined when there are none. */
export function warningsMarkdown(input: WarningsInput): string | undefined {
  const items = collect(input);
  if (items.length === 0) return undefined;
  const shown = items.slice(0, input.cap);
  const blocks: string[] = [];
  for (const alert of ALERT_ORDER) {
    const group = shown.filter((item) => item.alert === alert);
    if (group.length === 0) continue;
    const body =
      group.length === 1
        ? group[0]!.lines.map((l) => l.replace(/^ {2}/, ''))
        : group.flatMap((item) => item.lines.map((line, i) => (i === 0 ? `- ${line}` : line)));
    blocks.push([`[!${alert}]`, ...body].map((line) => (line === '' ? '>' : `> ${line}`)).join('\n'));
  }
  if (shown.length < items.length) blocks.push(`*… and ${formatCount(items.length - shown.length)} more warnings not shown.*`);
  return blocks.join('\n\n');
}

function collect(input: WarningsInput): WarningItem[] {
  const items: WarningItem[] = [];
  const several = input.projects.length > 1;
  for (const project of input.projects) {
    const where = several ? ` (project ${inlineCode(project.projectName ?? project.projectId, 80)})` : '';
    const byKind = new Map<WarningKind, PlanWarning[]>();
    const seen = new Set<string>();
    for (const warning of project.warnings) {
      // deletes are told once, from the plan's deletes (a replace's old hook is no loss)
      if (warning.kind === 'delete') continue;
      const key = `${warning.kind}\u0000${warning.action ?? ''}\u0000${warning.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ofKind = byKind.get(warning.kind);
      if (ofKind) ofKind.push(warning);
      else byKind.set(warning.kind, [warning]);
    }
    for (const [kind, warnings] of byKind) {
      const severity = WARNING_SEVERITY[kind];
      if (warnings.length > ONE_BY_ONE_MAX) {
        items.push({ rank: severity.rank, alert: severity.alert, lines: [groupLine(warnings, severity, where)] });
        continue;
      }
      // the same sentence for several actions is one line naming them, each linked to its line
      const bySentence = new Map<string, PlanWarning[]>();
      for (const warning of warnings) {
        const sentence = kind === 'body-evaluation' ? `${warning.action}\u0000${warning.message}` : sentenceOf(warning);
        const same = bySentence.get(sentence);
        if (same) same.push(warning);
        else bySentence.set(sentence, [warning]);
      }
      for (const [sentence, same] of bySentence) {
        const lines = same.length === 1 ? warningLines(same[0]!, project, input.links, where) : [sameSentenceLine(same, sentence, input.links, where)];
        items.push({ rank: severity.rank, alert: severity.alert, lines });
      }
    }
    const deletes = deleteItem(project, where);
    if (deletes) items.push(deletes);
  }
  for (const d of input.manifestWarnings ?? []) {
    if (d.severity !== 'warning') continue;
    const severity = WARNING_SEVERITY.manifest;
    items.push({ rank: severity.rank, alert: severity.alert, lines: diagnosticLines(d, input.links) });
  }
  // a stable sort: within a rank, manifest order stays
  return items.sort((a, b) => a.rank - b.rank);
}

function at(links: SourceLinks | undefined, warning: { location?: { file: string; line: number } }): string {
  return warning.location ? ` · ${locationLink(links, warning.location)}` : '';
}

function flowOf(project: ProjectPlan, action: string | undefined): string | undefined {
  if (action === undefined) return undefined;
  return (project.creates.find((c) => c.action === action) ?? project.updates.find((u) => u.action === action))?.list.flow;
}

function warningLines(warning: PlanWarning, project: ProjectPlan, links: SourceLinks | undefined, where: string): string[] {
  if (warning.kind === 'body-evaluation' && warning.action !== undefined && warning.detail !== undefined) {
    const flow = flowOf(project, warning.action);
    const request = flow ? `a sample ${flow}` : 'the sample request';
    const detail = truncateText(warning.detail.split('\n')[0] ?? '', 300);
    const lines = [`**${inlineCode(warning.action, 80)} would fail for ${request}:** ${inlineCode(detail)}${where}${at(links, warning)}`];
    if (warning.excerpt !== undefined) lines.push(...indented(codeBlock(truncateText(warning.excerpt.trim(), 200), 'jsonnet')));
    return lines;
  }
  // the action is named once: in the sentence when it says it, else before it
  const named = warning.action !== undefined && !warning.message.includes(`"${warning.action}"`) ? `${inlineCode(warning.action, 80)}: ` : '';
  return [`${named}${inertText(truncateText(warning.message, MESSAGE_MAX))}${where}${at(links, warning)}`];
}

/** A warning's sentence without the action's own name (`"name" can …` → `can …`). */
function sentenceOf(warning: PlanWarning): string {
  if (warning.action === undefined) return warning.message;
  return warning.message.replace(`"${warning.action}" `, '');
}

function sameSentenceLine(warnings: readonly PlanWarning[], sentence: string, links: SourceLinks | undefined, where: string): string {
  const names = warnings.map((w) => {
    const name = w.action !== undefined ? inlineCode(w.action, 80) : '';
    const url = w.location ? lineUrl(links, w.location) : undefined;
    const line = w.location ? (url ? link(`L${w.location.line}`, url) : inlineCode(`${w.location.file}:${w.location.line}`)) : '';
    return name && line ? `${name} (${line})` : name || line;
  });
  return `${names.join(', ')}: ${inertText(truncateText(sentence, MESSAGE_MAX))}${where}`;
}

function groupLine(warnings: readonly PlanWarning[], severity: Severity, where: string): string {
  const actions = [...new Set(warnings.map((w) => w.action).filter((a): a is string => a !== undefined))];
  const names = actions.slice(0, NAMES_PER_GROUP).map((a) => inlineCode(a, 80));
  if (actions.length > names.length) names.push(`and ${formatCount(actions.length - names.length)} more`);
  const count = actions.length > 0 ? plural(actions.length, 'action') : plural(warnings.length, 'webhook');
  return `**${count}** ${inertText(severity.many)}${where}: ${names.join(', ')}`;
}

function deleteItem(project: ProjectPlan, where: string): WarningItem | undefined {
  const deletes = changesOf(project).flatMap((c) => (c.kind === 'delete' ? [c.delete] : []));
  if (deletes.length === 0) return undefined;
  const shown = deletes.slice(0, NAMES_PER_GROUP).map((d) => {
    const what = d.action !== undefined ? inlineCode(d.action, 80) : `${inlineCode(d.method)} ${inlineCode(shortUrl(d.url), 120)}`;
    return `${what} — ${escapeText(DELETE_REASON[d.reason])}`;
  });
  if (deletes.length > shown.length) shown.push(`and ${formatCount(deletes.length - shown.length)} more`);
  const severity = WARNING_SEVERITY.delete;
  return { rank: severity.rank, alert: severity.alert, lines: [`**Deletes ${plural(deletes.length, 'webhook')}**${where}: ${shown.join(', ')}`] };
}

function diagnosticLines(d: Diagnostic, links: SourceLinks | undefined): string[] {
  const key = d.key ? ` (${inlineCode(d.key, 120)})` : '';
  const hint = d.hint ? ` — ${inertText(truncateText(d.hint, 300))}` : '';
  return [`${inertText(truncateText(d.message, MESSAGE_MAX))}${key}${hint}${at(links, d)}`];
}

function indented(block: string): string[] {
  return block.split('\n').map((line) => `  ${line}`);
}
