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
