/** Hand-built plans for the render tests. Every value is what a planner could produce. */
import type { CommentMarker } from '../../../src/model/marker.ts';
import type {
  Plan,
  PlannedCreate,
  PlannedDelete,
  PlannedUpdate,
  PlanValue,
  PlanWarning,
  ProjectPlan,
  UnmanagedHook,
} from '../../../src/model/plan.ts';
import type { HookListRef } from '../../../src/model/hook-list.ts';
import { hookListKey } from '../../../src/model/hook-list.ts';

/** A secret value that must never reach any rendering. */
export const RAW_SECRET = 'sk_live_9f8e7d6c5b4a_TOPSECRET';

export const PROJECT_ID = '6e1b2c3d-0000-4000-8000-000000000001';

export function plain(display: string): PlanValue {
  return { display, sensitive: false };
}
export function sensitive(display: string): PlanValue {
  return { display, sensitive: true };
}

const REGISTRATION_PASSWORD: HookListRef = { flow: 'registration', timing: 'after', method: 'password' };
const LOGIN_BEFORE: HookListRef = { flow: 'login', timing: 'before' };

export function aCreate(overrides: Partial<PlannedCreate> = {}): PlannedCreate {
  const list = overrides.list ?? REGISTRATION_PASSWORD;
  const url = overrides.url ?? plain('https://api.example.com/webhooks/welcome');
  return {
    action: 'welcome_email',
    list,
    listKey: hookListKey(list),
    url,
    method: 'POST',
    fields: {
      url,
      method: plain('POST'),
      body: plain('jsonnet, 1 line'),
      can_interrupt: plain('false'),
      response_ignore: plain('false'),
      response_parse: plain('false'),
    },
    body: 'function(ctx) { email: ctx.identity.traits.email }\n',
    ...overrides,
  };
}

export function anUpdate(overrides: Partial<PlannedUpdate> = {}): PlannedUpdate {
  const list = overrides.list ?? REGISTRATION_PASSWORD;
  return {
    action: 'sync_crm',
    list,
    listKey: hookListKey(list),
    url: plain('https://crm.example.com/hooks/ory'),
    method: 'POST',
    changes: [
      { field: 'body', before: plain('inline Jsonnet (3 lines)'), after: plain('inline Jsonnet (4 lines)') },
      { field: 'can_interrupt', before: plain('false'), after: plain('true') },
    ],
    bodyBefore: 'function(ctx) {\n  id: ctx.identity.id,\n}\n',
    bodyAfter: 'function(ctx) {\n  id: ctx.identity.id,\n  email: ctx.identity.traits.email,\n}\n',
    ...overrides,
  };
}

export function aDelete(overrides: Partial<PlannedDelete> = {}): PlannedDelete {
  const list = overrides.list ?? LOGIN_BEFORE;
  const url = overrides.url ?? plain('http://legacy.example.com/audit');
  return {
    action: 'old_audit',
    list,
    listKey: hookListKey(list),
    url,
    method: 'GET',
    reason: 'removed-from-manifest',
    fields: { url, method: plain('GET'), can_interrupt: plain('false') },
    ...overrides,
  };
}

export function anUnmanaged(overrides: Partial<UnmanagedHook> = {}): UnmanagedHook {
  const list = overrides.list ?? { flow: 'settings', timing: 'before' };
  return { list, listKey: hookListKey(list), url: plain('https://console-made.example.com/hook'), method: 'POST', ...overrides };
}

export function aProject(overrides: Partial<ProjectPlan> = {}): ProjectPlan {
  return {
    projectId: PROJECT_ID,
    projectName: 'Acme Production',
    revisionId: 'rev-0001',
    creates: [],
    updates: [],
    deletes: [],
    unchanged: [],
    unmanaged: [],
    warnings: [],
    ...overrides,
  };
}

/** A plan whose summary is counted from its projects. */
export function aPlan(projects: ProjectPlan[], overrides: Partial<Plan> = {}): Plan {
  const summary = {
    create: projects.reduce((n, p) => n + p.creates.length, 0),
    update: projects.reduce((n, p) => n + p.updates.length, 0),
    delete: projects.reduce((n, p) => n + p.deletes.length, 0),
  };
  return {
    formatVersion: 1,
    manifest: 'ory-actions.yaml',
    fingerprint: 'a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2',
    summary,
    projects,
    changeDigests: {},
    projectFingerprints: {},
    ...overrides,
  };
}

export function aWarning(kind: PlanWarning['kind'], message: string, action?: string): PlanWarning {
  return action ? { kind, message, action } : { kind, message };
}

/** One project with a create, an update and a delete, warnings and an unmanaged hook. */
export function mixedPlan(): Plan {
  return aPlan([
    aProject({
      creates: [aCreate({ location: { file: 'ory-actions.yaml', line: 5, column: 3 }, preview: { kind: 'rendered', json: '{\n  "email": "jane@example.com"\n}' } })],
      updates: [anUpdate({ location: { file: 'ory-actions.yaml', line: 14, column: 3 }, preview: { kind: 'cancelled' } })],
      deletes: [aDelete()],
      unchanged: ['notify_slack'],
      unmanaged: [anUnmanaged()],
      warnings: [
        aWarning('delete', 'Deletes "old_audit" from login.before: it was removed from the manifest.', 'old_audit'),
        { ...aWarning('can-block', '"sync_crm" can interrupt the registration flow: if its endpoint fails or refuses, users cannot sign up.', 'sync_crm'), location: { file: 'ory-actions.yaml', line: 14, column: 3 } },
        { ...aWarning('plain-http', '"welcome_email" calls a plain http:// URL: identity data travels unencrypted.', 'welcome_email'), location: { file: 'ory-actions.yaml', line: 5, column: 3 } },
      ],
    }),
  ]);
}

/** A plan of `count` creates spread over one project, each with a preview and a body. */
export function hugePlan(count: number): Plan {
  const creates: PlannedCreate[] = [];
  const warnings: PlanWarning[] = [];
  for (let i = 0; i < count; i++) {
    const name = `hook_${String(i).padStart(5, '0')}`;
    const url = plain(`https://hooks.example.com/very/long/path/segment/${name}?tenant=acme&region=eu-central`);
    creates.push(
      aCreate({
        action: name,
        url,
        fields: { url, method: plain('POST'), body: plain('inline Jsonnet (1 line)'), response_parse: plain('true') },
        preview: { kind: 'rendered', json: `{\n  "name": "${name}",\n  "email": "jane@example.com"\n}` },
      }),
    );
    warnings.push(aWarning('response-parse', 'response_parse lets this webhook alter sign-ups.', name));
  }
  return aPlan([aProject({ creates, warnings, unchanged: ['kept_a', 'kept_b'], unmanaged: [anUnmanaged()] })]);
}

export function aMarker(overrides: Partial<CommentMarker> = {}): CommentMarker {
  return {
    manifest: 'ory-actions.yaml',
    fingerprint: 'a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2',
    projects: { [PROJECT_ID]: 'rev-0001' },
    head_sha: '0123456789abcdef0123456789abcdef01234567',
    status: 'planned',
    summary: { create: 1, update: 1, delete: 1 },
    ...overrides,
  };
}
