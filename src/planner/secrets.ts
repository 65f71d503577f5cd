import { createHmac } from 'node:crypto';

/**
 * Turns a sensitive value into something that can sit in a fingerprint: an HMAC keyed with a
 * secret the run already has (the Ory API key), so a published fingerprint cannot be used to
 * guess a low-entropy secret offline.
 */
export type SecretDigest = (value: string) => string;

export function secretDigester(salt: string): SecretDigest {
  return (value) => 'hmac-sha256:' + createHmac('sha256', `ory-actions-gitops/v1\0${salt}`).update(value, 'utf8').digest('hex');
}

/** The forms a secret takes in text: as it is, and JSON-escaped (a quote or backslash in it). */
function textForms(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return escaped === secret ? [secret] : [escaped, secret];
}

/** Replaces every occurrence of a known secret in free text (a live URL, a decoded body, JSON). */
export function maskKnownSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  const forms = secrets.filter((secret) => secret.length >= 4).flatMap(textForms);
  for (const form of forms.sort((a, b) => b.length - a.length)) masked = masked.split(form).join('***');
  return masked;
}

export function containsKnownSecret(text: string, secrets: readonly string[]): boolean {
  return secrets.some((secret) => secret.length >= 4 && textForms(secret).some((form) => text.includes(form)));
}

/** Environment variables that are the runner's own, never a user's secret. */
const RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|STATE_|npm_|NODE|ImageOS$|ImageVersion$|PATH$|HOME$|PWD$|OLDPWD$|SHELL$|USER$|LANG|LC_|TERM|HOSTNAME$|CI$|SHLVL$|TMPDIR$|_$)/;

/**
 * Values of the step's environment that may be secrets (users pass them with `env:`), for
 * masking live data the manifest no longer describes, such as the URL of a hook being pruned.
 */
export function environmentSecretCandidates(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => !RUNNER_VARIABLE.test(name) && typeof value === 'string' && value.length >= 8 && !/\s/.test(value))
    .map(([, value]) => value!);
}

/** What stands where a live URL's part may be a token. */
export const REDACTED = '***';

/**
 * A path segment shown in clear from a live URL no manifest declares: lowercase words joined by
 * `-`, `_` or `.` (each word at most 20 letters), or a version like `v2`. Anything else (digits,
 * mixed case, long runs) may be a token, as in chat webhook URLs, and is hidden.
 */
const PLAIN_PATH_SEGMENT = /^(?:[a-z]{1,20}(?:[-_.][a-z]{1,20})*|v\d{1,3})$/;

/** A URL path segment or query name that cannot be a token (PLAIN_PATH_SEGMENT). */
export function isPlainUrlPart(text: string): boolean {
  return PLAIN_PATH_SEGMENT.test(text);
}

/**
 * A live URL that no manifest declares in clear, as a plan may show it (the rule README documents):
 * scheme, host and port in clear; userinfo, every query value, the fragment and every path segment
 * that may be a token replaced by `***`. Text that does not parse as a URL is hidden whole; a URL
 * with nothing to hide comes back exactly as given.
 */
export function redactLiveUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  if (!parsed.host) return REDACTED;
  const userinfo = parsed.username !== '' || parsed.password !== '' ? `${REDACTED}@` : '';
  const path = parsed.pathname
    .split('/')
    .map((segment) => (segment === '' || PLAIN_PATH_SEGMENT.test(segment) ? segment : REDACTED))
    .join('/');
  const query = parsed.search === ''
    ? ''
    : '?' + parsed.search.slice(1).split('&').map((pair) => {
        const eq = pair.indexOf('=');
        const name = eq < 0 ? pair : pair.slice(0, eq);
        return `${PLAIN_PATH_SEGMENT.test(name) ? name : REDACTED}=${REDACTED}`;
      }).join('&');
  const fragment = parsed.hash === '' ? '' : `#${REDACTED}`;
  const shown = `${parsed.protocol}//${userinfo}${parsed.host}${path}${query}${fragment}`;
  return shown === parsed.href ? url : shown;
}
