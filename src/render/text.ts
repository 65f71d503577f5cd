/** The plan for a terminal or a workflow log, in the shape Terraform users read every day. */
import type { BodyPreview, FieldChange, Plan, PlannedCreate, PlannedDelete, PlannedUpdate, PlanValue, ProjectPlan } from '../model/plan.ts';
import { bodyDiff } from './body-diff.ts';
import { logSafe } from './log-safety.ts';
import { truncateText } from './markdown-text.ts';
import { WARNING_SEVERITY } from './warnings-markdown.ts';
import { CHANGE_SYMBOL, DELETE_REASON, flowLevelSentence, NO_CHANGES_SENTENCE, orderedFields, planTitle, summaryLine } from './wording.ts';
import { append } from '../model/append.ts';

const FIELD_INDENT = '      ';
const BLOCK_INDENT = '        ';

export function renderText(plan: Plan): string {
  // Lines are appended one by one: a spread of a large plan's lines (20,000 actions) overflows the stack.
  const out: string[] = [planTitle(plan.manifest, plan.environment, 'text'), ''];
  for (const project of plan.projects) {
    for (const line of projectText(project)) out.push(line);
    out.push('');
  }
  // most severe first, as in the comment; the action is named once
  const warnings = plan.projects.flatMap((project) =>
    [...project.warnings].sort((a, b) => WARNING_SEVERITY[a.kind].rank - WARNING_SEVERITY[b.kind].rank).map((w) => {
      const where = plan.projects.length > 1 ? ` [project ${project.projectName ?? project.projectId}]` : '';
      const named = w.action && !w.message.includes(`"${w.action}"`) ? `${w.action}: ` : '';
      const at = w.location ? ` (${w.location.file}:${w.location.line})` : '';
      return `  ! ${named}${oneLine(w.message, 1000)}${at}${where}`;
    }),
  );
  if (warnings.length > 0) {
    out.push('Warnings:');
    for (const line of warnings) out.push(line);
    out.push('');
  }
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  out.push(total === 0 ? `${summaryLine(plan.summary)} ${NO_CHANGES_SENTENCE}` : summaryLine(plan.summary));
  out.push(`Fingerprint: ${plan.fingerprint}`);
  return logSafe(`${out.join('\n')}\n`);
}

function projectText(project: ProjectPlan): string[] {
  const name = project.projectName ? `${project.projectName} (${project.projectId})` : project.projectId;
  const lines = [`Project ${name}, revision ${project.revisionId}:`];
  const count = project.creates.length + project.updates.length + project.deletes.length;
  if (count === 0) lines.push('', '  No changes.');
  for (const create of project.creates) lines.push('', ...createText(create));
  for (const update of project.updates) lines.push('', ...updateText(update));
  for (const del of project.deletes) lines.push('', ...deleteText(del));
  if (project.unchanged.length > 0) lines.push('', `  Unchanged: ${project.unchanged.join(', ')}`);
  if (project.unmanaged.length > 0) {
    lines.push('', '  Unmanaged webhooks (left untouched):');
    for (const hook of project.unmanaged) lines.push(`    ${hook.listKey} ${hook.method} ${value(hook.url)}`);
  }
  for (const list of project.flowLevelLists ?? []) lines.push('', `  ${oneLine(flowLevelSentence(list), 1000)}`);
  return lines;
}

function oneLine(text: string, max = 200): string {
  return truncateText(text.replace(/\r?\n/g, '↵'), max);
}

function value(v: PlanValue | undefined, missing = '(not set)'): string {
  if (!v) return missing;
  return v.sensitive && v.display !== '(sensitive)' ? `${oneLine(v.display)} (sensitive)` : oneLine(v.display);
}

function padded(field: string, width: number): string {
  return field.padEnd(width, ' ');
}

function indentBlock(text: string): string[] {
  return text.replace(/\n$/, '').split('\n').map((line) => `${BLOCK_INDENT}${line}`);
}

function createText(create: PlannedCreate): string[] {
  const lines = [`  ${CHANGE_SYMBOL.create} create ${create.action} in ${create.listKey}`];
  const fields = orderedFields(create.fields);
  const width = Math.max(0, ...fields.map(([f]) => f.length));
  for (const [field, v] of fields) {
    if (field === 'body' && create.body !== undefined && !v.sensitive) {
      lines.push(`${FIELD_INDENT}${padded(field, width)} =`, ...indentBlock(create.body));
    } else {
      lines.push(`${FIELD_INDENT}${padded(field, width)} = ${value(v)}`);
    }
  }
  if (create.body !== undefined && !('body' in create.fields)) {
    lines.push(`${FIELD_INDENT}${padded('body', width)} =`, ...indentBlock(create.body));
  }
  append(lines, previewText(create.preview, create.fields.body?.sensitive === true));
  return lines;
}

function isSensitiveChange(change: FieldChange): boolean {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}

function updateText(update: PlannedUpdate): string[] {
  const lines = [`  ${CHANGE_SYMBOL.update} update ${update.action} in ${update.listKey} (${update.method} ${value(update.url)})`];
  const width = Math.max(0, ...update.changes.map((c) => c.field.length));
  let bodySensitive = false;
  for (const change of update.changes) {
    const sensitive = isSensitiveChange(change);
    if (change.field === 'body') {
      bodySensitive = sensitive;
      if (sensitive) {
        lines.push(`${FIELD_INDENT}${padded('body', width)}   (sensitive body changed)`);
        continue;
      }
      if (update.bodyBefore !== undefined && update.bodyAfter !== undefined) {
        const diff = bodyDiff(update.bodyBefore, update.bodyAfter);
        if (diff) {
          lines.push(`${FIELD_INDENT}${padded('body', width)}   changed:`, ...indentBlock(diff));
          continue;
        }
      }
    }
    lines.push(`${FIELD_INDENT}${padded(change.field, width)}   ${value(change.before)} -> ${value(change.after, '(removed)')}`);
  }
  append(lines, previewText(update.preview, bodySensitive));
  return lines;
}

function deleteText(del: PlannedDelete): string[] {
  const name = del.action ? `${del.action} ` : '';
  return [`  ${CHANGE_SYMBOL.delete} delete ${name}in ${del.listKey} (${del.method} ${value(del.url)}): ${DELETE_REASON[del.reason] ?? del.reason}`];
}

function previewText(preview: BodyPreview | undefined, bodySensitive: boolean): string[] {
  if (!preview) return [];
  if (bodySensitive) return [`${FIELD_INDENT}preview: hidden (the body is sensitive)`];
  switch (preview.kind) {
    case 'rendered':
      return [
        `${FIELD_INDENT}preview (request body for the sample${preview.placeholders?.length ? `; sample_ctx references ${preview.placeholders.join(', ')} stand as their reference text` : ''}):`,
        ...indentBlock(preview.json),
      ];
    case 'cancelled':
      return [`${FIELD_INDENT}preview: call skipped for this sample (error "cancel")`];
    case 'error':
      return [`${FIELD_INDENT}preview: the body fails to evaluate for the sample request:`, ...indentBlock(preview.message)];
  }
}
