import type { HookListRef } from './hook-list.ts';

/** How a live webhook's body came back from Ory. */
export type LiveBody =
  | { readonly kind: 'none' }
  /** `base64://...`, decoded */
  | { readonly kind: 'inline'; readonly source: string }
  /** an `https://` storage URL; `sha512` when its file name is a lowercase hex SHA-512 */
  | { readonly kind: 'stored'; readonly url: string; readonly sha512?: string }
  /** anything else (a `file://` path, a non-base64 string): cannot be compared */
  | { readonly kind: 'opaque'; readonly value: string };

/** A secret as read back: in clear, or masked/empty (cannot be compared). */
export type LiveSecret = { readonly known: true; readonly value: string } | { readonly known: false };

export type LiveAuth =
  | { readonly type: 'api_key'; readonly name: string; readonly in: string; readonly value: LiveSecret }
  | { readonly type: 'basic_auth'; readonly user: string; readonly password: LiveSecret };

/** A `web_hook` entry found in a live hook list. */
export interface LiveWebhook {
  readonly list: HookListRef;
  /** position in its list as read */
  readonly index: number;
  readonly url: string;
  readonly method: string;
  readonly body: LiveBody;
  readonly canInterrupt: boolean;
  readonly responseIgnore: boolean;
  readonly responseParse: boolean;
  readonly auth?: LiveAuth;
  /** the hook object exactly as read, for the patch builder and verification */
  readonly raw: unknown;
}

/** One hook list as read: every entry (webhooks and others), in order. */
export interface LiveHookList {
  readonly list: HookListRef;
  /** false when the list (or an object above it) does not exist yet */
  readonly exists: boolean;
  readonly hooks: readonly unknown[];
  readonly webhooks: readonly LiveWebhook[];
}

/** What the planner needs of one live project. */
export interface LiveProject {
  readonly id: string;
  readonly name?: string;
  readonly revisionId: string;
  readonly lists: readonly LiveHookList[];
  /** the raw `Project` object, for the patch builder (parent paths) and sample identities */
  readonly raw: unknown;
}
