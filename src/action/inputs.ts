/** The action's inputs (SPEC section 5), read once at the edge into one typed object. */

export const MODES = ['auto', 'plan', 'apply', 'check'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  readonly mode: Mode;
  readonly manifest: string;
  readonly oryApiKey: string;
  readonly oryApiUrl: string;
  readonly projectId?: string;
  /** the target environment (SPEC section 1): required when the manifest declares environments */
  readonly environment?: string;
  readonly githubToken: string;
  readonly comment: boolean;
  readonly autoApprove: boolean;
  /** the login whose comments are ours; absent: the token's own user */
  readonly commentAuthor?: string;
}

/** A bad input: says which, what it got and what it takes. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`The input \`${name}\` must be true or false, not "${value}".`);
}

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const mode = getInput('mode').trim().toLowerCase() || 'auto';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`The input \`mode\` must be one of ${MODES.join(', ')}, not "${mode}".`);
  }
  const oryApiUrl = getInput('ory-api-url').trim() || 'https://api.console.ory.sh';
  if (!/^https?:\/\//.test(oryApiUrl)) throw new InputError(`The input \`ory-api-url\` must be an http(s) URL, not "${oryApiUrl}".`);
  const projectId = getInput('project-id').trim();
  const environment = getInput('environment').trim();
  const commentAuthor = getInput('comment-author').trim();
  if (commentAuthor && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(commentAuthor)) {
    throw new InputError(`The input \`comment-author\` must be a GitHub login (e.g. my-app[bot] for a GitHub App), not "${commentAuthor}".`);
  }
  return {
    mode: mode as Mode,
    manifest: getInput('manifest').trim() || 'ory-actions.yaml',
    oryApiKey: getInput('ory-api-key').trim(),
    oryApiUrl,
    ...(projectId ? { projectId } : {}),
    ...(environment ? { environment } : {}),
    githubToken: getInput('github-token').trim(),
    comment: booleanInput('comment', getInput('comment').trim(), true),
    autoApprove: booleanInput('auto-approve', getInput('auto-approve').trim(), false),
    ...(commentAuthor ? { commentAuthor } : {}),
  };
}

/** What a run does, from the mode input and, under `auto`, the event (SPEC section 4). */
export type Intent =
  | { readonly kind: 'plan' }
  | { readonly kind: 'check' }
  /** `approval`: apply only the plan approved in the merged pull request's comment */
  | { readonly kind: 'apply'; readonly approval: 'merged-pull-request' | 'none' };

export function intentOf(mode: Mode, eventName: string, autoApprove: boolean): Intent {
  const approval = eventName === 'push' && !autoApprove ? 'merged-pull-request' : 'none';
  switch (mode) {
    case 'plan':
      return { kind: 'plan' };
    case 'check':
      return { kind: 'check' };
    case 'apply':
      return { kind: 'apply', approval };
    case 'auto':
      if (eventName === 'push') return { kind: 'apply', approval };
      if (eventName === 'workflow_dispatch') return { kind: 'apply', approval: 'none' };
      if (eventName === 'schedule') return { kind: 'check' };
      return { kind: 'plan' };
  }
}
