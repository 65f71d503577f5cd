/**
 * `import`: a manifest written from a live project. Secrets are never copied: each becomes an
 * `${{ env.NAME }}` reference the user fills from their secret store.
 */
import { GLOBAL_AUTH_METHOD, isFlowLevelList, type HookListRef } from '../model/hook-list.ts';
import type { LiveProject, LiveWebhook } from '../model/live.ts';

export interface ImportedManifest {
  readonly doc: { project_id: string; actions: Record<string, Record<string, unknown>> };
  /** env variables the manifest references, with what each must hold */
  readonly variables: ReadonlyArray<{ name: string; holds: string }>;
  readonly notes: readonly string[];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'hook';
}

function baseName(hook: LiveWebhook): string {
  let path = '';
  try {
    const url = new URL(hook.url);
    path = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  } catch {
    path = hook.url;
  }
  const list = [hook.list.flow, hook.list.timing].join('_');
  return slug(`${list}_${path}`);
}

/** Every list a webhook is read from maps back to flow, timing and auth_method (flow-level lists: global). */
function listFields(list: HookListRef): Record<string, unknown> {
  const authMethod = list.method ?? (isFlowLevelList(list) ? GLOBAL_AUTH_METHOD : undefined);
  return { flow: list.flow, timing: list.timing, ...(authMethod ? { auth_method: authMethod } : {}) };
}

export function importProject(live: LiveProject): ImportedManifest {
  const actions: Record<string, Record<string, unknown>> = {};
  const variables: Array<{ name: string; holds: string }> = [];
  const notes: string[] = [];
  for (const list of live.lists) {
    for (const hook of list.webhooks) {
      let name = baseName(hook);
      for (let n = 2; name in actions; n++) name = `${baseName(hook)}_${n}`;
      const envPrefix = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      const action: Record<string, unknown> = { ...listFields(hook.list), url: hook.url, method: hook.method };
      if (hook.body.kind === 'inline') action.body = hook.body.source;
      else if (hook.body.kind === 'none') {
        notes.push(`${name}: it has no body, and Kratos fails a webhook without a body on every call; add the body its endpoint expects.`);
      } else {
        notes.push(`${name}: Ory stores its body at a URL this tool cannot read; add its Jsonnet as \`body\` or \`body_file\` before applying, or the plan will keep Ory's copy unverified.`);
      }
      if (hook.canInterrupt) action.can_interrupt = true;
      if (hook.responseIgnore) action.response_ignore = true;
      if (hook.responseParse) action.response_parse = true;
      if (hook.auth?.type === 'api_key') {
        const variable = `${envPrefix}_API_KEY`;
        variables.push({ name: variable, holds: `the ${hook.auth.name} API key of ${name}` });
        action.auth = { type: 'api_key', name: hook.auth.name, value: `\${{ env.${variable} }}`, in: hook.auth.in };
      } else if (hook.auth?.type === 'basic_auth') {
        const variable = `${envPrefix}_PASSWORD`;
        variables.push({ name: variable, holds: `the basic auth password of ${name}` });
        action.auth = { type: 'basic_auth', user: hook.auth.user, password: `\${{ env.${variable} }}` };
      }
      actions[name] = action;
    }
  }
  return { doc: { project_id: live.id, actions }, variables, notes };
}
