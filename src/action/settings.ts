/**
 * Everything a run is told, read once at the edge: the inputs, the workflow's GitHub context, what the
 * run is to do, the timing settings and the secrets the environment holds. Nothing past this reads
 * `getInput` or the environment.
 */
import { repositoryRelativePath } from '../commands/files.ts';
import { readGitHubContext, type GitHubContext } from '../github/context.ts';
import { targetName } from '../model/action.ts';
import { FileRefused, ManifestError } from '../model/diagnostics.ts';
import { oryTimingFromEnv, type OryTiming } from '../ory/client.ts';
import { environmentSecretCandidates } from '../planner/secrets.ts';
import { intentOf, readInputs, type ActionInputs, type Intent } from './inputs.ts';
import type { ActionRuntime } from './runtime.ts';

export interface RunSettings {
  readonly inputs: ActionInputs;
  readonly context: GitHubContext;
  readonly intent: Intent;
  /**
   * what this run plans and applies for beside the manifest (targetName): its comment, approval, plan file
   * and `environment` output are its own, so the jobs of a matrix never meet
   */
  readonly target: string;
  /** true when the `environment` input named the target (not the project-id input) */
  readonly targetNamedByEnvironment: boolean;
  readonly ory: OryTiming;
  /** the environment, for `${VAR}` in the manifest */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** values of the environment that look secret, masked wherever live data is shown */
  readonly maskValues: readonly string[];
}

/** Reads the settings; the secret inputs are masked as soon as they are read, before anything can print them. */
export function readRunSettings(rt: Pick<ActionRuntime, 'getInput' | 'setSecret' | 'env' | 'readAbsolute' | 'workspaceRoot'>): RunSettings {
  const inputs = manifestInRepository(readInputs(rt.getInput), rt.workspaceRoot);
  if (inputs.oryApiKey) rt.setSecret(inputs.oryApiKey);
  if (inputs.githubToken) rt.setSecret(inputs.githubToken);
  const context = readGitHubContext(rt.env, rt.readAbsolute);
  return {
    inputs,
    context,
    intent: intentOf(inputs.mode, context.eventName, inputs.autoApprove),
    target: targetName(inputs.environment, inputs.projectId),
    targetNamedByEnvironment: Boolean(inputs.environment),
    ory: oryTimingFromEnv(rt.env),
    env: rt.env,
    maskValues: environmentSecretCandidates(rt.env),
  };
}

/** The `manifest` input as a path inside the repository (SPEC 1): an absolute one inside is its relative path. */
function manifestInRepository(inputs: ActionInputs, root: string): ActionInputs {
  try {
    return { ...inputs, manifest: repositoryRelativePath(root, inputs.manifest) };
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    throw new ManifestError([{ severity: 'error', message: `The \`manifest\` input: ${error.why}.`, hint: 'set `manifest` to a path inside the repository, e.g. ory-actions.yaml' }]);
  }
}
