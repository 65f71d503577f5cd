/**
 * Everything the action touches outside its own logic, handed to `runAction`. The entry point
 * builds the real one from @actions/core and the process; tests build their own.
 */
import type { FileReader } from '../commands/files.ts';
import type { GitHubApi, GitHubClientOptions } from '../github/client.ts';
import type { SourceLocation } from '../model/action.ts';
import type { OryClientOptions, OryProjects } from '../ory/client.ts';

export interface ActionRuntime {
  readonly getInput: (name: string) => string;
  readonly setOutput: (name: string, value: string) => void;
  readonly setSecret: (value: string) => void;
  readonly setFailed: (message: string) => void;
  readonly info: (message: string) => void;
  readonly warning: (message: string, location?: SourceLocation & { title?: string }) => void;
  readonly error: (message: string, location?: SourceLocation & { title?: string }) => void;
  readonly group: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  readonly appendSummary: (markdown: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** files of the checked-out repository, by path relative to the workspace; nothing outside it */
  readonly workspace: FileReader;
  /** the repository root (GITHUB_WORKSPACE): an absolute `manifest` input is taken relative to it */
  readonly workspaceRoot: string;
  /** reads an absolute path (the event payload) */
  readonly readAbsolute: (path: string) => string;
  readonly writePlanFile: (name: string, content: string) => string;
  readonly createOry: (options: OryClientOptions) => OryProjects;
  readonly createGitHub: (options: GitHubClientOptions) => GitHubApi;
  /**
   * Uploads `files` as one artifact of this workflow run and resolves to its id. Rejects when the run has
   * no artifact service (not on a runner: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset) or the upload fails.
   */
  readonly uploadArtifact: (artifact: ArtifactUpload) => Promise<{ readonly id: number }>;
}

/** A workflow artifact: a zip of text files, kept `retentionDays` days. */
export interface ArtifactUpload {
  readonly name: string;
  /** file name (no directories) → its content */
  readonly files: Readonly<Record<string, string>>;
  readonly retentionDays: number;
}
