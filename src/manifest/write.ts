import { Document, isMap, isPair, isScalar, Scalar } from 'yaml';

/** The order keys are written in, for stable, readable manifests. */
const ACTION_KEY_ORDER = [
  'flow',
  'timing',
  'auth_method',
  'url',
  'method',
  'body',
  'body_file',
  'can_interrupt',
  'response_ignore',
  'response_parse',
  'project_id',
  'auth',
  'sample_ctx',
];
const AUTH_KEY_ORDER = ['type', 'name', 'value', 'in', 'user', 'password'];

/** Values equal to the default are left out. */
const ACTION_DEFAULTS: Record<string, unknown> = { method: 'POST', can_interrupt: false, response_ignore: false, response_parse: false };

function ordered(object: Record<string, unknown>, order: readonly string[], defaults: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => k in object), ...Object.keys(object).filter((k) => !order.includes(k)).sort()];
  for (const key of keys) {
    const value = object[key];
    if (value === undefined || value === null) continue;
    if (key in defaults && defaults[key] === value) continue;
    out[key] = value;
  }
  return out;
}

function writeAction(action: Record<string, unknown>): Record<string, unknown> {
  const out = ordered(action, ACTION_KEY_ORDER, ACTION_DEFAULTS);
  const auth = out.auth;
  if (auth && typeof auth === 'object' && !Array.isArray(auth)) {
    out.auth = ordered(auth as Record<string, unknown>, AUTH_KEY_ORDER, (auth as Record<string, unknown>).type === 'api_key' ? { in: 'header' } : {});
  }
  return out;
}

/**
 * Writes a manifest (used by `import`): stable key order, defaults omitted, multi-line bodies as `|` blocks.
 * Loading the result gives the same actions.
 */
export function manifestToYaml(manifest: {
  project_id?: string;
  prune?: boolean;
  actions: Record<string, Record<string, unknown>>;
}): string {
  const root: Record<string, unknown> = {};
  if (manifest.project_id !== undefined) root.project_id = manifest.project_id;
  if (manifest.prune === true) root.prune = true;
  const actions: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(manifest.actions)) actions[name] = writeAction(action);
  root.actions = actions;

  const doc = new Document(root);
  const actionsNode = doc.get('actions', true);
  if (isMap(actionsNode)) {
    for (const pair of actionsNode.items) {
      if (!isPair(pair) || !isMap(pair.value)) continue;
      const body = pair.value.get('body', true);
      if (isScalar(body) && typeof body.value === 'string' && body.value.includes('\n')) body.type = Scalar.BLOCK_LITERAL;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
