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

/** Replaces every occurrence of a known secret in free text (a live URL, a decoded body). */
export function maskKnownSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) masked = masked.split(secret).join('***');
  }
  return masked;
}

export function containsKnownSecret(text: string, secrets: readonly string[]): boolean {
  return secrets.some((secret) => secret.length >= 4 && text.includes(secret));
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

/** A live URL's query values are hidden: they often carry tokens. */
export function redactQuery(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url.slice(at + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? pair : `${pair.slice(0, eq)}=***`;
  });
  return `${url.slice(0, at)}?${query.join('&')}`;
}
