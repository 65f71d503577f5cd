/**
 * Field-by-field comparison of a manifest action with the live webhook it matched.
 * Only fields Ory Network stores are compared; url, method and list are the identity.
 */
import type { DesiredAction } from '../model/action.ts';
import type { LiveBody, LiveSecret, LiveWebhook } from '../model/live.ts';
import type { FieldChange, PlanValue, PlanWarning } from '../model/plan.ts';
import { sha512Hex } from '../ory-config/webhook-codec.ts';
import { containsKnownSecret, maskKnownSecrets, redactLiveUrl } from './secrets.ts';

/** The parts of a webhook an update writes. */
export type WritableField = 'body' | 'can_interrupt' | 'response_ignore' | 'response_parse' | 'auth';

export interface Comparison {
  readonly changes: readonly FieldChange[];
  readonly writes: readonly WritableField[];
  readonly warnings: readonly PlanWarning[];
  readonly bodyBefore?: string;
}

export const SENSITIVE: PlanValue = { display: '(sensitive)', sensitive: true };
const NONE: PlanValue = { display: '(none)', sensitive: false };

export function plain(value: string | boolean): PlanValue {
  return { display: String(value), sensitive: false };
}

/** A manifest value as shown: its `${{ env.* }}` reference when it came from one. */
export function desiredValue(action: DesiredAction, field: string, value: string | boolean): PlanValue {
  const display = action.display[field];
  return display === undefined ? plain(value) : { display, sensitive: true };
}

/** A value read from Ory: masked when it contains a secret the run knows. */
export function liveValue(value: string, secrets: readonly string[]): PlanValue {
  return containsKnownSecret(value, secrets) ? { display: maskKnownSecrets(value, secrets), sensitive: true } : plain(value);
}

/** The URL of a live hook no manifest action declares in clear: whatever may be a token hidden (redactLiveUrl). */
export function liveUrlValue(url: string, secrets: readonly string[]): PlanValue {
  const redacted = redactLiveUrl(url);
  return redacted === url && !containsKnownSecret(url, secrets) ? plain(url) : { display: maskKnownSecrets(redacted, secrets), sensitive: true };
}

export function bodySummary(source: string | undefined): string {
  if (source === undefined) return '(none)';
  // a final line break ends the last line; it does not start another
  const lines = source.replace(/\r?\n$/, '').split('\n').length;
  return `jsonnet, ${lines} line${lines === 1 ? '' : 's'}`;
}

function liveBodyValue(body: LiveBody): PlanValue {
  switch (body.kind) {
    case 'none':
      return NONE;
    case 'inline':
      return plain(bodySummary(body.source));
    case 'stored':
      return plain('(stored by Ory)');
    case 'opaque':
      return plain('(unreadable)');
  }
}

type BodyVerdict = 'same' | 'different' | 'unverifiable';

function compareBody(desired: string | undefined, live: LiveBody): BodyVerdict {
  if (desired === undefined) return live.kind === 'none' ? 'same' : 'different';
  switch (live.kind) {
    case 'none':
      return 'different';
    case 'inline':
      return live.source === desired ? 'same' : 'different';
    case 'stored':
      if (live.sha512 === undefined) return 'unverifiable';
      return live.sha512 === sha512Hex(desired) ? 'same' : 'different';
    case 'opaque':
      return 'unverifiable';
  }
}

type SecretVerdict = 'same' | 'different' | 'unknown';
function compareSecret(desired: string, live: LiveSecret): SecretVerdict {
  if (!live.known) return 'unknown';
  return live.value === desired ? 'same' : 'different';
}

/**
 * `previous` is the same action in the manifest at the previous commit: where Ory keeps a body
 * behind a URL that cannot be compared, a body changed in the manifest is still written.
 * `liveSensitive` names the fields (`body`, `auth.name`, ...) that the previous manifest built from a
 * reference for this hook: their live values are secrets even when no reference names them now.
 */
export function compareWebhook(
  action: DesiredAction,
  live: LiveWebhook,
  secrets: readonly string[],
  previous?: DesiredAction,
  liveSensitive: ReadonlySet<string> = new Set(),
): Comparison {
  const changes: FieldChange[] = [];
  const writes = new Set<WritableField>();
  const warnings: PlanWarning[] = [];

  const bodySource = action.body?.source;
  let bodyVerdict = compareBody(bodySource, live.body);
  // A previous body read from a body_file is not known here (the previous manifest is read for ownership only).
  const previousBodyKnown = previous !== undefined && previous.body?.file === undefined;
  if (bodyVerdict === 'unverifiable' && previousBodyKnown && previous.body?.source !== bodySource) bodyVerdict = 'different';
  let bodyBefore: string | undefined;
  if (bodyVerdict === 'different') {
    writes.add('body');
    const liveSecret = liveSensitive.has('body');
    changes.push({
      field: 'body',
      before: liveSecret && live.body.kind !== 'none' ? SENSITIVE : liveBodyValue(live.body),
      after: action.body ? desiredValue(action, 'body', bodySummary(bodySource)) : NONE,
    });
    if (live.body.kind === 'inline' && !liveSecret) bodyBefore = maskKnownSecrets(live.body.source, secrets);
  } else if (bodyVerdict === 'unverifiable') {
    warnings.push({
      kind: 'body-unverifiable',
      action: action.name,
      location: action.location,
      message: `The body of "${action.name}" is stored by Ory at a URL that does not name its content; it cannot be compared and is left as it is.`,
    });
  }

  const flags: Array<[WritableField & string, boolean, boolean]> = [
    ['can_interrupt', action.canInterrupt, live.canInterrupt],
    ['response_ignore', action.responseIgnore, live.responseIgnore],
    ['response_parse', action.responseParse, live.responseParse],
  ];
  for (const [field, desired, current] of flags) {
    if (desired !== current) {
      writes.add(field);
      changes.push({ field, before: plain(current), after: plain(desired) });
    }
  }

  const authChanges = compareAuth(action, live, secrets, warnings, liveSensitive);
  if (authChanges.length > 0) {
    writes.add('auth');
    changes.push(...authChanges);
  }
  return { changes, writes: [...writes], warnings, ...(bodyBefore !== undefined ? { bodyBefore } : {}) };
}

function compareAuth(action: DesiredAction, live: LiveWebhook, secrets: readonly string[], warnings: PlanWarning[], liveSensitive: ReadonlySet<string>): FieldChange[] {
  const liveField = (field: string, value: string) => (liveSensitive.has(field) ? SENSITIVE : liveValue(value, secrets));
  const desired = action.auth;
  const current = live.auth;
  if (!desired && !current) return [];
  if (!desired) return [{ field: 'auth.type', before: plain(current!.type), after: NONE }];
  if (!current || current.type !== desired.type) {
    const before = current ? plain(current.type) : NONE;
    const changes: FieldChange[] = [{ field: 'auth.type', before, after: plain(desired.type) }];
    if (desired.type === 'api_key') {
      changes.push(
        { field: 'auth.name', after: desiredValue(action, 'auth.name', desired.name) },
        { field: 'auth.in', after: plain(desired.in) },
        { field: 'auth.value', after: desiredValue(action, 'auth.value', desired.value) },
      );
    } else {
      changes.push(
        { field: 'auth.user', after: desiredValue(action, 'auth.user', desired.user) },
        { field: 'auth.password', after: desiredValue(action, 'auth.password', desired.password) },
      );
    }
    return changes;
  }

  const changes: FieldChange[] = [];
  const uncomparable = (field: string) =>
    warnings.push({
      kind: 'secret-uncomparable',
      action: action.name,
      location: action.location,
      message: `Ory does not return ${field} of "${action.name}" in clear, so a change to it cannot be seen; it is written again only when another field of this webhook changes.`,
    });
  if (desired.type === 'api_key' && current.type === 'api_key') {
    if (desired.name !== current.name) {
      changes.push({ field: 'auth.name', before: liveField('auth.name', current.name), after: desiredValue(action, 'auth.name', desired.name) });
    }
    if (desired.in !== current.in) changes.push({ field: 'auth.in', before: plain(current.in), after: plain(desired.in) });
    const verdict = compareSecret(desired.value, current.value);
    if (verdict === 'different') changes.push({ field: 'auth.value', before: SENSITIVE, after: desiredValue(action, 'auth.value', desired.value) });
    if (verdict === 'unknown') uncomparable('the api_key value');
  } else if (desired.type === 'basic_auth' && current.type === 'basic_auth') {
    if (desired.user !== current.user) {
      changes.push({ field: 'auth.user', before: liveField('auth.user', current.user), after: desiredValue(action, 'auth.user', desired.user) });
    }
    const verdict = compareSecret(desired.password, current.password);
    if (verdict === 'different') {
      changes.push({ field: 'auth.password', before: SENSITIVE, after: desiredValue(action, 'auth.password', desired.password) });
    }
    if (verdict === 'unknown') uncomparable('the basic_auth password');
  }
  return changes;
}
