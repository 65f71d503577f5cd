/**
 * Plans a reviewer meets, made by the real pipeline (manifest loader, body previews, planner, patch
 * builder) from manifests in memory and live projects built by applying earlier manifests. The
 * golden tests of the comment and summary and `npm run screenshots` render these same scenarios.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifestFile, type LoadedManifest } from '../../src/commands/load-manifest.ts';
import { planAgainst } from '../../src/commands/plan.ts';
import type { CommentStatusLine } from '../../src/model/comment.ts';
import type { CommentMarker } from '../../src/model/marker.ts';
import { ManifestError, type Diagnostic } from '../../src/model/diagnostics.ts';
import type { Plan } from '../../src/model/plan.ts';
import { readLiveProject } from '../../src/ory-config/webhook-codec.ts';
import { buildPatch } from '../../src/patch/build.ts';
import { renderComment, renderManifestErrorsComment, renderManifestErrorsSummary, renderPlanChangedSummary, renderPlanDifference, renderSummary } from '../../src/render/index.ts';
import type { SourceLinks } from '../../src/render/plan-markdown.ts';
import { checkBodySyntax, createBodyPreviewer } from '../../src/templates/index.ts';
import { applyLocally } from './apply-locally.ts';
import { rawProject, sampleIdentityConfig } from './model-fixtures.ts';
import { ROOT } from './paths.ts';

export const SCENARIO_PROJECT_ID = 'cc77b3c3-8875-4ea7-bebc-f2f1a5181869';
export const HEAD_SHA = '1291111c0ffee5ad6e8a3b2f4d7c9e0a1b2c3d4e';
export const LINKS: SourceLinks = { repoUrl: 'https://github.com/acme/identity', sha: HEAD_SHA };
const RUN = { runNumber: '17', runUrl: 'https://github.com/acme/identity/actions/runs/4217' } as const;
const SALT = 'scenario-salt';

export interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly comment: string;
  readonly summary: string;
}

type Files = Readonly<Record<string, string>>;

function load(path: string, files: Files, env: Record<string, string> = {}): LoadedManifest {
  return loadManifestFile({ path, files: { read: (p) => files[p] }, env, projectIdOverride: SCENARIO_PROJECT_ID, checkBody: checkBodySyntax });
}

function emptyProject(): Record<string, unknown> {
  const project = rawProject(sampleIdentityConfig(), SCENARIO_PROJECT_ID, '23e76ebc-0c28-4221-b2a2-598c504297a4');
  return { ...project, name: 'Production' };
}

/** The live project once `manifest` was applied to `project`. */
function applied(project: Record<string, unknown>, manifest: LoadedManifest): Record<string, unknown> {
  const result = planAgainst({ manifest: manifest.manifest, ory: undefined as never, salt: SALT }, [readLiveProject(project)]);
  return applyLocally(project, buildPatch(result.work[0]!));
}

function planOf(manifest: LoadedManifest, project: Record<string, unknown>, previous?: LoadedManifest): Plan {
  return planAgainst(
    {
      manifest: manifest.manifest,
      ...(previous ? { previousActions: previous.manifest.actions } : {}),
      ory: undefined as never,
      salt: SALT,
      previewBodies: createBodyPreviewer(),
      manifestWarnings: manifest.warnings,
    },
    [readLiveProject(project)],
  ).plan;
}

function markerOf(plan: Plan, status: CommentMarker['status'], extra: Partial<CommentMarker> = {}): CommentMarker {
  return {
    manifest: plan.manifest,
    fingerprint: plan.fingerprint,
    projects: Object.fromEntries(plan.projects.map((p) => [p.projectId, p.revisionId])),
    head_sha: HEAD_SHA,
    status,
    summary: plan.summary,
    ...extra,
  };
}

function rendered(name: string, title: string, plan: Plan, status: CommentStatusLine): Scenario {
  // the plan carries the manifest's warnings, as the action's plan does
  const options = { links: LINKS };
  const comment = renderComment(plan, {
    marker: markerOf(plan, status.status, status.failureReason ? { failure_reason: status.failureReason } : {}),
    status,
    fullPlanLocation: `the [job summary of run #${RUN.runNumber}](${RUN.runUrl})`,
    ...options,
  }).body;
  const summary = renderSummary(plan, { status, headSha: HEAD_SHA, ...options });
  return { name, title, comment, summary };
}

function example(path: string): string {
  return readFileSync(join(ROOT, 'examples', path), 'utf8');
}

/** The seed: the four examples of the Terraform resource, planned against an empty project. */
export function seedPlan(): { plan: Plan; warnings: readonly Diagnostic[] } {
  const head = load('ory-actions.yaml', { 'ory-actions.yaml': example('ory-actions.yaml') });
  return { plan: planOf(head, emptyProject()), warnings: head.warnings };
}

const UPDATED_MANIFEST = `version: 1
actions:
  welcome_email:
    flow: registration
    timing: after
    auth_method: password
    url: https://api.example.com/webhooks/welcome
    body_file: bodies/welcome.jsonnet

  validate_login:
    flow: login
    timing: before
    url: https://api.example.com/webhooks/validate
    can_interrupt: false

  audit_log:
    flow: settings
    timing: after
    auth_method: password
    url: https://api.example.com/webhooks/audit-v2
    response_ignore: true
`;

const UPDATED_BODY = `function(ctx) {
  email: ctx.identity.traits.email,
  name: ctx.identity.traits.name,
  locale: ctx.identity.traits.locale,
  created_at: ctx.identity.created_at,
}
`;

/**
 * An update as the design shows it: a body change that fails for the sample, a switch of
 * `can_interrupt`, a URL change (one replace) and an action removed from the manifest, beside a
 * webhook made in the Ory Console.
 */
export function updatePlan(): { plan: Plan; warnings: readonly Diagnostic[] } {
  const base = load('ory-actions.yaml', { 'ory-actions.yaml': example('ory-actions.yaml') });
  const live = applied(emptyProject(), base) as { services: { identity: { config: { selfservice: { flows: { settings: { before?: unknown } } } } } } };
  live.services.identity.config.selfservice.flows.settings.before = {
    hooks: [{ hook: 'web_hook', config: { url: 'https://console-made.example.com/hooks/settings?team=identity', method: 'POST', body: 'base64://ZnVuY3Rpb24oY3R4KSB7fQ==' } }],
  };
  const head = load('ory-actions.yaml', { 'ory-actions.yaml': UPDATED_MANIFEST, 'bodies/welcome.jsonnet': UPDATED_BODY });
  return { plan: planOf(head, live as Record<string, unknown>, base), warnings: head.warnings };
}

/** The advanced example (body files, auth from the environment, prune, sample contexts) against an empty project. */
export function advancedPlan(): { plan: Plan; warnings: readonly Diagnostic[] } {
  const text = example('advanced.yaml').replace(/^project_id: .*$/m, `project_id: ${SCENARIO_PROJECT_ID}`);
  const head = load('examples/advanced.yaml', {
    'examples/advanced.yaml': text,
    'examples/bodies/welcome.jsonnet': example('bodies/welcome.jsonnet'),
    'examples/bodies/crm-check.jsonnet': example('bodies/crm-check.jsonnet'),
  }, { WELCOME_HOOK_KEY: 'wk_live_0000', CRM_PASSWORD: 'crm-pass-0000', AUDIT_HOOK_URL: 'tok_0000', STAGING_PROJECT_ID: SCENARIO_PROJECT_ID });
  const project = emptyProject() as { services: { identity: { config: { selfservice: { flows: { login: { before?: unknown } } } } } } };
  // a hook someone added by hand: prune deletes it
  project.services.identity.config.selfservice.flows.login.before = {
    hooks: [{ hook: 'web_hook', config: { url: 'https://legacy.example.com/hooks/login_audit?key=abc', method: 'POST', body: 'base64://ZnVuY3Rpb24oY3R4KSB7fQ==' } }],
  };
  return { plan: planOf(head, project as Record<string, unknown>), warnings: head.warnings };
}

const INVALID_MANIFEST = `version: 1
actions:
  welcome_email:
    flow: registraton
    timing: after
    auth_method: password
    url: https://api.example.com/webhooks/welcome
  validate_login:
    flow: login
    timing: before
    url: api.example.com/webhooks/validate
    can_interupt: true
`;

export function invalidDiagnostics(): readonly Diagnostic[] {
  try {
    load('ory-actions.yaml', { 'ory-actions.yaml': INVALID_MANIFEST });
  } catch (error) {
    if (error instanceof ManifestError) return error.diagnostics;
    throw error;
  }
  throw new Error('the invalid manifest loaded');
}

/** `count` actions over the registration and login lists, against an empty project. */
export function hugePlanOf(count: number): Plan {
  const lines = ['version: 1', 'actions:'];
  for (let i = 0; i < count; i++) {
    const login = i % 5 === 4;
    lines.push(
      `  hook_${String(i).padStart(4, '0')}:`,
      `    flow: ${login ? 'login' : 'registration'}`,
      `    timing: ${login ? 'before' : 'after'}`,
      ...(login ? [] : ['    auth_method: password']),
      `    url: https://hooks.example.com/tenants/acme/hooks/${i}`,
      ...(i % 3 === 0 ? ['    body: "function(ctx) { id: ctx.identity.id }"'] : []),
    );
  }
  const head = load('ory-actions.yaml', { 'ory-actions.yaml': `${lines.join('\n')}\n` });
  return planOf(head, emptyProject());
}

/** Every scenario, rendered as the action would render it. */
export function scenarios(): Scenario[] {
  const planned = (extra: Partial<CommentStatusLine> = {}): CommentStatusLine => ({ status: 'planned', ...RUN, ...extra });
  const seed = seedPlan();
  const update = updatePlan();
  const advanced = advancedPlan();
  const invalid = invalidDiagnostics();
  const invalidComment = renderManifestErrorsComment(
    { manifest: 'ory-actions.yaml', fingerprint: 'none', projects: {}, head_sha: HEAD_SHA, status: 'failed', failure_reason: 'invalid-manifest' },
    { status: 'failed', failureReason: 'invalid-manifest', ...RUN },
    invalid,
    LINKS,
  );
  const changed = updatePlan().plan;
  const difference = renderPlanDifference({
    approved: { fingerprint: seed.plan.fingerprint, summary: seed.plan.summary },
    current: { fingerprint: changed.fingerprint, summary: changed.summary },
    added: Object.keys(changed.changeDigests).filter((k) => !(k in seed.plan.changeDigests)),
    removed: Object.keys(seed.plan.changeDigests).filter((k) => !(k in changed.changeDigests)),
    changed: [],
    detailed: true,
  });
  const planChanged = rendered('plan-changed', 'Merge refused: the plan changed after approval', changed, { status: 'failed', failureReason: 'plan-changed', detail: 'the plan changed after approval; nothing was applied', ...RUN });
  return [
    rendered('seed', 'The seed: four creates', seed.plan, planned()),
    rendered('update', 'An update with a replace and a delete', update.plan, planned()),
    rendered('advanced', 'The advanced example', advanced.plan, planned()),
    { name: 'invalid', title: 'An invalid manifest', comment: invalidComment, summary: renderManifestErrorsSummary(invalid, '', LINKS, 'ory-actions.yaml') },
    rendered('applied', 'The seed, applied', seed.plan, { status: 'applied', ...RUN }),
    { ...planChanged, summary: renderPlanChangedSummary(difference, changed, LINKS) },
    rendered('huge', 'A 3,000-action plan', hugePlanOf(3000), planned()),
  ];
}
