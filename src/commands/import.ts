/**
 * `import`: a manifest written from a live project. Secrets are never copied: each becomes an
 * `${{ env.NAME }}` reference the user fills from their secret store.
 */
import { GLOBAL_AUTH_METHOD, isFlowLevelList, type HookListRef } from '../model/hook-list.ts';
import type { LiveProject, LiveWebhook } from '../model/live.ts';
import { isPlainUrlPart, redactLiveUrl } from '../planner/secrets.ts';

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
    // never a segment that may be a token: names end up in the manifest, logs and plans
    path = url.pathname.split('/').filter((segment) => segment !== '' && isPlainUrlPart(segment)).pop() ?? url.hostname;
  } catch {
    path = 'hook';
  }
  const list = [hook.list.flow, hook.list.timing].join('_');
  return slug(`${list}_${path}`);
}

/**
 * A live URL as the manifest writes it: userinfo, and everything from the first part that may be a
 * token (a path segment, the query, the fragment; the rule of redactLiveUrl) on, become references,
 * so that no secret is written in clear and the resolved text is still exactly the live URL.
 */
export function importedUrl(url: string, envPrefix: string): { url: string; variables: Array<{ name: string; holds: string }> } {
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)(?:([^@/?#]*)@)?([^/?#]*)([^?#]*)(.*)$/s.exec(url);
  if (!parts) {
    const name = `${envPrefix}_URL`;
    return { url: `\${{ env.${name} }}`, variables: [{ name, holds: 'the whole URL of this hook as Ory holds it' }] };
  }
  const [, scheme, userinfo, host, path, rest] = parts as unknown as [string, string, string | undefined, string, string, string];
  const variables: Array<{ name: string; holds: string }> = [];
  let written = scheme;
  if (userinfo !== undefined) {
    const name = `${envPrefix}_URL_USERINFO`;
    variables.push({ name, holds: 'the user:password part of its URL (before the @)' });
    written += `\${{ env.${name} }}@`;
  }
  written += host;
  const segments = path.split('/');
  const firstToken = segments.findIndex((segment) => segment !== '' && !isPlainUrlPart(segment));
  const plainPath = firstToken < 0 ? path : segments.slice(0, firstToken).join('/') + '/';
  const tail = (firstToken < 0 ? '' : segments.slice(firstToken).join('/')) + rest;
  written += plainPath;
  if (tail !== '') {
    const name = `${envPrefix}_URL_TOKEN`;
    variables.push({ name, holds: `the end of its URL after "${redactLiveUrl(scheme + host + plainPath)}"${firstToken < 0 ? ' (the query)' : ''}` });
    written += `\${{ env.${name} }}`;
  }
  return { url: written, variables };
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
      const url = importedUrl(hook.url, envPrefix);
      const action: Record<string, unknown> = { ...listFields(hook.list), url: url.url, method: hook.method };
      if (url.variables.length > 0) {
        variables.push(...url.variables.map((v) => ({ name: v.name, holds: `${v.holds} of ${name}` })));
        notes.push(`${name}: its URL holds what may be a token (${url.variables.map((v) => v.name).join(', ')}); it is written as a reference, never in clear. Set ${url.variables.length === 1 ? 'that variable' : 'those variables'} from the URL in the Ory Console.`);
      }
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
