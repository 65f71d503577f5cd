/**
 * A focused linter for the repository's GitHub workflows (run by test/unit/workflows/): neither
 * actionlint nor an equivalent is installable from npm or Debian as a maintained package, so this
 * checks what matters here, each problem at file:line:column:
 * - the file is YAML with `on` (known events, known filters) and `jobs` (each with `runs-on` and
 *   steps that have exactly one of `uses`/`run`, unique step ids);
 * - `permissions:` at the workflow or on every job, with known scopes and levels, never `write-all`;
 * - every third-party `uses:` is pinned by a full commit SHA with its version in a comment
 *   (`@<40 hex> # v7.0.1`); `./` must hold an action.yml, and its `with:` keys must be its inputs;
 * - expressions name known contexts and functions; `steps.<id>` an earlier step of the job;
 *   `inputs.<name>` a declared workflow_dispatch input; no `secrets.*` at all (this repository
 *   has none: the token is `github.token`);
 * - scripts a `run:` names (`node scripts/x.ts`, `bash .ci/run`, `npm run x`) exist.
 * The README's workflow blocks go through the same checks with `readme: true`: tags instead of SHAs
 * and the user's own secrets are fine there, and `ory-actions-gitops/ory-actions-gitops@...` is this action.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export interface LintOptions {
  /** the repository root: action.yml, package.json and the scripts are looked up there */
  readonly root: string;
  /** a README example: external actions may use tags, secrets may be named, our action is `<owner>/ory-actions-gitops@<ref>` */
  readonly readme?: boolean;
}

export const OUR_ACTION = /^ory-actions-gitops\/ory-actions-gitops@[\w.-]+$/;

// https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows
const EVENTS = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status', 'discussion',
  'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group', 'milestone', 'page_build',
  'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment', 'pull_request_target', 'push',
  'registry_package', 'release', 'repository_dispatch', 'schedule', 'status', 'watch', 'workflow_call', 'workflow_dispatch',
  'workflow_run',
]);
const EVENT_FILTERS: Record<string, readonly string[]> = {
  push: ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'],
  pull_request: ['types', 'branches', 'branches-ignore', 'paths', 'paths-ignore'],
  pull_request_target: ['types', 'branches', 'branches-ignore', 'paths', 'paths-ignore'],
  workflow_dispatch: ['inputs'],
  workflow_call: ['inputs', 'outputs', 'secrets'],
  workflow_run: ['types', 'workflows', 'branches', 'branches-ignore'],
  merge_group: ['types'],
};
const PERMISSION_SCOPES = new Set([
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages',
  'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
]);
const CONTEXTS = new Set(['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs']);
const FUNCTIONS = new Set(['contains', 'startsWith', 'endsWith', 'format', 'join', 'toJSON', 'fromJSON', 'hashFiles', 'success', 'always', 'cancelled', 'failure', 'case']);
const LITERALS = new Set(['true', 'false', 'null']);
const JOB_KEYS = new Set([
  'name', 'permissions', 'needs', 'if', 'runs-on', 'environment', 'concurrency', 'outputs', 'env', 'defaults', 'steps',
  'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets',
]);
const STEP_KEYS = new Set(['id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes']);
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+(\.\d+){0,2}\b/;

export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type Path = Array<string | number>;

/** Every problem of one workflow's text, in file order; empty when it is clean. */
export function lintWorkflow(text: string, options: LintOptions): Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ line, column: col, message });
  };
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({ line, column: col, message: `not YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return problems;
  // a mapping entry is located at its key (`width:`), anything else at itself
  const node = (path: Path): Node | null => {
    const parent = path.length > 0 ? doc.getIn(path.slice(0, -1), true) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      if (pair) return pair.key as Node;
    }
    return (doc.getIn(path, true) as Node | undefined) ?? null;
  };
  const workflow = doc.toJS() as Record<string, any> | null;
  if (!workflow || typeof workflow !== 'object' || Array.isArray(workflow)) {
    at(doc.contents as Node, 'a workflow is a mapping with `on` and `jobs`');
    return problems;
  }

  const dispatchInputs = checkEvents(doc, workflow, at, node);
  const permissionsAtTop = 'permissions' in workflow;
  if (permissionsAtTop) checkPermissions(workflow.permissions, ['permissions'], at, node);
  const ctx = { doc, options, at, node, dispatchInputs, lines: text.split('\n'), lineCounter };
  checkExpressions(ctx, [], new Set());

  const jobs = workflow.jobs;
  if (!jobs || typeof jobs !== 'object' || Array.isArray(jobs) || Object.keys(jobs).length === 0) {
    at(node(['jobs']) ?? (doc.contents as Node), '`jobs` must be a mapping with at least one job');
    return sortProblems(problems);
  }
  for (const [jobId, job] of Object.entries<any>(jobs)) {
    const jobPath = ['jobs', jobId];
    if (!job || typeof job !== 'object') {
      at(node(jobPath), `job ${jobId} must be a mapping`);
      continue;
    }
    for (const key of Object.keys(job)) if (!JOB_KEYS.has(key)) at(node([...jobPath, key]) ?? node(jobPath), `job ${jobId}: unknown key ${key}`);
    if ('permissions' in job) checkPermissions(job.permissions, [...jobPath, 'permissions'], at, node);
    else if (!permissionsAtTop) at(node(jobPath), `job ${jobId} has no permissions: set \`permissions:\` on the workflow or the job (least privilege)`);
    if (job.uses !== undefined) continue; // a reusable workflow's call
    if (job['runs-on'] === undefined) at(node(jobPath), `job ${jobId} has no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      at(node(jobPath), `job ${jobId} has no steps`);
      continue;
    }
    const ids = new Set<string>();
    job.steps.forEach((step: any, index: number) => {
      const stepPath = [...jobPath, 'steps', index];
      if (!step || typeof step !== 'object') {
        at(node(stepPath), `job ${jobId}, step ${index + 1}: a step is a mapping`);
        return;
      }
      for (const key of Object.keys(step)) if (!STEP_KEYS.has(key)) at(node([...stepPath, key]), `job ${jobId}, step ${index + 1}: unknown key ${key}`);
      if (('uses' in step) === ('run' in step)) at(node(stepPath), `job ${jobId}, step ${index + 1}: a step has exactly one of uses and run`);
      checkExpressions(ctx, stepPath, ids);
      if (typeof step.uses === 'string') checkUses(ctx, step, stepPath);
      if (typeof step.run === 'string') checkRun(ctx, step.run, [...stepPath, 'run']);
      if (typeof step.id === 'string') {
        if (ids.has(step.id)) at(node([...stepPath, 'id']), `job ${jobId}: step id ${step.id} is used twice`);
        ids.add(step.id);
      }
    });
    // the job's own keys other than steps (env, if, strategy, ...) may name matrix and needs, not steps
    for (const key of Object.keys(job)) if (key !== 'steps') checkExpressions(ctx, [...jobPath, key], new Set(), true);
  }
  return sortProblems(problems);
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

type At = (node: Node | null | undefined, message: string) => void;
type NodeAt = (path: Path) => Node | null;

function checkEvents(doc: Document, workflow: Record<string, any>, at: At, node: NodeAt): Set<string> | undefined {
  const on = workflow.on;
  if (on === undefined) {
    at(doc.contents as Node, 'the workflow has no `on`');
    return undefined;
  }
  const events: Record<string, any> = typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((e) => [e, null])) : on;
  let inputs: Set<string> | undefined;
  for (const [event, config] of Object.entries(events)) {
    if (!EVENTS.has(event)) {
      at(node(['on', event]) ?? node(['on']), `unknown event ${event}`);
      continue;
    }
    if (event === 'schedule') {
      if (!Array.isArray(config) || config.some((entry) => typeof entry?.cron !== 'string' || entry.cron.trim().split(/\s+/).length !== 5)) {
        at(node(['on', event]), 'schedule is a list of { cron: "m h dom mon dow" }');
      }
      continue;
    }
    if (config && typeof config === 'object') {
      const allowed = EVENT_FILTERS[event] ?? ['types'];
      for (const key of Object.keys(config)) if (!allowed.includes(key)) at(node(['on', event, key]), `${event} has no filter ${key} (known: ${allowed.join(', ')})`);
    }
    if (event === 'workflow_dispatch') inputs = new Set(Object.keys(config?.inputs ?? {}));
  }
  return inputs;
}

function checkPermissions(permissions: unknown, path: Path, at: At, node: NodeAt): void {
  if (permissions === 'read-all' || permissions === 'write-all' || typeof permissions !== 'object' || permissions === null || Array.isArray(permissions)) {
    at(node(path), `permissions must name each scope the job needs (least privilege), not ${JSON.stringify(permissions)}`);
    return;
  }
  for (const [scope, level] of Object.entries(permissions)) {
    if (!PERMISSION_SCOPES.has(scope)) at(node([...path, scope]), `unknown permission ${scope}`);
    else if (!['read', 'write', 'none'].includes(String(level))) at(node([...path, scope]), `permission ${scope} is read, write or none, not ${JSON.stringify(level)}`);
  }
}

interface Ctx {
  readonly doc: Document;
  readonly options: LintOptions;
  readonly at: At;
  readonly node: NodeAt;
  readonly dispatchInputs: Set<string> | undefined;
  readonly lines: string[];
  readonly lineCounter: LineCounter;
}

function checkUses(ctx: Ctx, step: Record<string, any>, stepPath: Path): void {
  const uses: string = step.uses;
  const usesNode = ctx.node([...stepPath, 'uses']);
  if (uses.startsWith('./') || (ctx.options.readme && OUR_ACTION.test(uses))) {
    const dir = uses.startsWith('./') ? join(ctx.options.root, uses) : ctx.options.root;
    const metadata = ['action.yml', 'action.yaml'].map((name) => join(dir, name)).find((path) => existsSync(path));
    if (!metadata) {
      ctx.at(usesNode, `${uses} holds no action.yml`);
      return;
    }
    const action = parseDocument(readFileSync(metadata, 'utf8')).toJS() as { inputs?: Record<string, { required?: boolean; default?: unknown }> };
    const inputs = action.inputs ?? {};
    for (const key of Object.keys(step.with ?? {})) if (!(key in inputs)) ctx.at(ctx.node([...stepPath, 'with', key]), `${uses} has no input ${key} (inputs: ${Object.keys(inputs).join(', ')})`);
    for (const [name, input] of Object.entries(inputs)) {
      if (input?.required === true && input.default === undefined && !(name in (step.with ?? {}))) ctx.at(usesNode, `${uses} needs the input ${name}`);
    }
    return;
  }
  if (uses.startsWith('docker://')) {
    ctx.at(usesNode, `${uses}: a docker image is not pinned by a commit; use an action pinned by SHA`);
    return;
  }
  if (ctx.options.readme) {
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w.-]+$/.test(uses)) ctx.at(usesNode, `${uses} is not owner/repo@ref`);
    return;
  }
  if (!PINNED.test(uses)) {
    ctx.at(usesNode, `${uses} is not pinned: use owner/repo@<full 40-hex commit SHA> # vX.Y.Z`);
    return;
  }
  const line = ctx.lines[ctx.lineCounter.linePos(usesNode!.range![0]).line - 1] ?? '';
  if (!VERSION_COMMENT.test(line)) ctx.at(usesNode, `${uses}: say which release the SHA is in a comment on the same line (# vX.Y.Z)`);
}

const SCRIPT_PATH = /(?:^|[\s"'=])((?:\.\/)?(?:scripts|\.ci|emulators|bench|test)\/[\w./-]*[\w-])/g;
const NPM_RUN = /\bnpm\s+run(?:-script)?\s+(?:--\S+\s+)*([\w:.-]+)/g;

function checkRun(ctx: Ctx, script: string, path: Path): void {
  const runNode = ctx.node(path);
  const withoutExpressions = script.replace(/\$\{\{[\s\S]*?\}\}/g, '');
  for (const match of withoutExpressions.matchAll(SCRIPT_PATH)) {
    const file = match[1]!.replace(/^\.\//, '');
    if (!existsSync(join(ctx.options.root, file))) ctx.at(runNode, `run names ${file}, which does not exist`);
  }
  const scripts = (JSON.parse(readFileSync(join(ctx.options.root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  for (const match of withoutExpressions.matchAll(NPM_RUN)) {
    if (!(match[1]! in scripts)) ctx.at(runNode, `run calls npm run ${match[1]}, which package.json does not define`);
  }
}

/**
 * Checks every `${{ }}` under `path` (the whole workflow for []): known contexts and functions,
 * `steps.<id>` among `stepIds` (the earlier steps), `inputs.<name>` declared, no secret named.
 */
function checkExpressions(ctx: Ctx, path: Path, stepIds: Set<string>, jobLevel = false): void {
  const root = path.length === 0 ? (ctx.doc.contents as Node) : ctx.node(path);
  const visit = (current: unknown, inJobs: boolean) => {
    if (isScalar(current)) {
      if (typeof current.value === 'string') checkScalar(ctx, current as Node, current.value, stepIds, path.length === 0, jobLevel);
    } else if (isMap(current)) {
      for (const pair of current.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (isScalar(pair.key) && typeof pair.key.value === 'string') checkScalar(ctx, pair.key as Node, pair.key.value, stepIds, path.length === 0, jobLevel);
        // the workflow-wide pass skips jobs: each job is checked with its own step ids
        if (path.length === 0 && !inJobs && key === 'jobs') continue;
        visit(pair.value, inJobs);
      }
    } else if (isSeq(current)) {
      for (const item of current.items) visit(item, inJobs);
    }
  };
  visit(root, false);
}

function checkScalar(ctx: Ctx, node: Node, value: string, stepIds: Set<string>, workflowLevel: boolean, jobLevel: boolean): void {
  let rest = value;
  let open = rest.indexOf('${{');
  while (open >= 0) {
    const close = rest.indexOf('}}', open);
    if (close < 0) {
      ctx.at(node, `an expression opened with \${{ is never closed`);
      return;
    }
    checkExpression(ctx, node, rest.slice(open + 3, close), stepIds, workflowLevel, jobLevel);
    rest = rest.slice(close + 2);
    open = rest.indexOf('${{');
  }
}

function checkExpression(ctx: Ctx, node: Node, expression: string, stepIds: Set<string>, workflowLevel: boolean, jobLevel: boolean): void {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  for (const match of code.matchAll(/(?<![\w.-])([A-Za-z_][\w-]*)((?:\.[\w-]+|\.\*|\[[^\]]*\])*)(\s*\()?/g)) {
    const [, name, properties, call] = match as unknown as [string, string, string, string | undefined];
    if (call) {
      if (!FUNCTIONS.has(name)) ctx.at(node, `unknown function ${name}() in \${{${expression}}}`);
      continue;
    }
    if (LITERALS.has(name)) continue;
    if (!CONTEXTS.has(name)) {
      ctx.at(node, `unknown context ${name} in \${{${expression}}}`);
      continue;
    }
    const first = /^\.([\w-]+)/.exec(properties)?.[1];
    if (name === 'secrets' && !ctx.options.readme) ctx.at(node, `\${{${expression}}} names a secret; this repository has none (the token is github.token)`);
    if (name === 'steps') {
      if (workflowLevel || jobLevel) ctx.at(node, `steps.* is only known inside a job's steps: \${{${expression}}}`);
      else if (first && !stepIds.has(first)) ctx.at(node, `steps.${first} is not an earlier step of this job (ids: ${[...stepIds].join(', ') || 'none'})`);
    }
    if (name === 'inputs' && first && !ctx.dispatchInputs?.has(first)) {
      ctx.at(node, `inputs.${first} is not a workflow_dispatch input (inputs: ${[...(ctx.dispatchInputs ?? [])].join(', ') || 'none'})`);
    }
  }
}

/** Lints a file of the repository; problems prefixed with file:line:column. */
export function lintWorkflowFile(root: string, relativePath: string): string[] {
  return lintWorkflow(readFileSync(join(root, relativePath), 'utf8'), { root }).map((p) => `${relativePath}:${p.line}:${p.column}: ${p.message}`);
}
