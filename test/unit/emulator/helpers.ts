import { Configuration, ProjectApi } from '@ory/client';
import type { JsonPatch } from '@ory/client';
import { startOryEmulator } from '../../../emulators/ory-network/index.ts';
import type { OryEmulator, OryEmulatorOptions } from '../../../emulators/ory-network/index.ts';

export const KEY = 'ory_wak_emulator';
export const REGISTRATION_PASSWORD_HOOKS = '/services/identity/config/selfservice/flows/registration/after/password/hooks';

/** The real SDK client, exactly as the action builds it. */
export function client(emulator: OryEmulator, accessToken: string | undefined = KEY): ProjectApi {
  return new ProjectApi(new Configuration({ basePath: emulator.url, accessToken }));
}

/** Starts an emulator with one project; the caller closes it. */
export async function withProject(options: OryEmulatorOptions = {}): Promise<{ emulator: OryEmulator; projectId: string; api: ProjectApi }> {
  const emulator = await startOryEmulator(options);
  const projectId = emulator.addProject({ name: 'Test project' });
  return { emulator, projectId, api: client(emulator) };
}

export function webhook(url: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    hook: 'web_hook',
    config: { url, method: 'POST', body: `base64://${Buffer.from('function(ctx) { email: ctx.identity.traits.email }').toString('base64')}`, ...extra },
  };
}

/** The HTTP error an SDK call failed with: status, Ory error body and headers. */
export async function httpError(call: Promise<unknown>): Promise<{ status: number; body: any; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    const response = (error as { response?: { status: number; data: unknown; headers: Record<string, string> } }).response;
    if (!response) throw error;
    return { status: response.status, body: response.data, headers: response.headers };
  }
  throw new Error('expected the call to fail');
}

export async function patch(api: ProjectApi, projectId: string, revisionId: string, jsonPatch: JsonPatch[]) {
  return (await api.patchProjectWithRevision({ projectId, revisionId, jsonPatch })).data;
}

export function flows(project: { services: { identity?: { config: object } } }): any {
  return (project.services.identity?.config as any).selfservice.flows;
}
