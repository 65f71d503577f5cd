/** The `failure-reason` output values (SPEC section 5). */
export const FAILURE_REASONS = [
  'invalid-manifest',
  'ory-auth',
  'ory-unavailable',
  'conflict',
  'plan-changed',
  'no-approved-plan',
  'apply-failed',
  'drift',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** An error that ends a run with a known `failure-reason` and a message a person can act on. */
export class RunFailure extends Error {
  readonly reason: FailureReason;
  constructor(reason: FailureReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RunFailure';
    this.reason = reason;
  }
}
