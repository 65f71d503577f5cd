/** Builders for core model values, so tests state only what matters to them. */
import { readFileSync } from 'node:fs';
import type { DesiredAction, Manifest } from '../../src/model/action.ts';
import { hookListFor, type Flow, type HttpMethod, type Timing } from '../../src/model/hook-list.ts';
import { SAMPLE_IDENTITY_CONFIG_PATH } from './paths.ts';

export const PROJECT_ID = '6e1b2c3d-0000-4000-8000-000000000001';

export function sampleIdentityConfig(): Record<string, unknown> {
  return JSON.parse(readFileSync(SAMPLE_IDENTITY_CONFIG_PATH, 'utf8')) as Record<string, unknown>;
}

export function rawProject(config: unknown = sampleIdentityConfig(), id = PROJECT_ID, revision = 'rev-1'): Record<string, unknown> {
  return { id, name: 'Test project', slug: 'test', revision_id: revision, services: { identity: { config } } };
}

export interface ActionOptions {
  name: string;
  flow?: Flow;
  timing?: Timing;
  authMethod?: string;
  url?: string;
  method?: HttpMethod;
  body?: string;
  canInterrupt?: boolean;
  responseIgnore?: boolean;
  responseParse?: boolean;
  auth?: DesiredAction['auth'];
  projectId?: string;
  display?: Record<string, string>;
}

export function action(o: ActionOptions): DesiredAction {
  const flow = o.flow ?? 'registration';
  const timing = o.timing ?? 'after';
  const authMethod = o.authMethod ?? (timing === 'after' && !['recovery', 'verification'].includes(flow) ? 'password' : undefined);
  return {
    name: o.name,
    projectId: o.projectId ?? PROJECT_ID,
    flow,
    timing,
    ...(authMethod ? { authMethod } : {}),
    list: hookListFor(flow, timing, authMethod),
    url: o.url ?? `https://hooks.example.com/${o.name}`,
    method: o.method ?? 'POST',
    ...(o.body !== undefined ? { body: { source: o.body, location: { file: 'ory-actions.yaml', line: 1, column: 1 } } } : {}),
    canInterrupt: o.canInterrupt ?? false,
    responseIgnore: o.responseIgnore ?? false,
    responseParse: o.responseParse ?? false,
    ...(o.auth ? { auth: o.auth } : {}),
    display: o.display ?? (o.auth ? { [o.auth.type === 'api_key' ? 'auth.value' : 'auth.password']: '(sensitive)' } : {}),
    location: { file: 'ory-actions.yaml', line: 1, column: 1 },
  };
}

export function manifestOf(actions: DesiredAction[], options: { prune?: boolean; secrets?: string[] } = {}): Manifest {
  return { path: 'ory-actions.yaml', prune: options.prune ?? false, actions, secrets: options.secrets ?? [] };
}
