/**
 * The drift issue (SPEC section 4): a scheduled check that finds drift opens one issue per manifest and
 * target, labelled `ory-actions-drift`, or updates the one that is open while the drift lasts (never a
 * second); a check in sync closes it with a comment. Only issues the token's own user wrote count (anyone
 * can paste our marker). Without `issues: write`: a warning, nothing else.
 */
import type { GitHubApi, IssueInfo } from '../github/client.ts';
import { isGitHubPermissionError } from '../github/errors.ts';
import { DRIFT_LABEL, sameTarget, type PlanTarget } from '../model/lifecycle.ts';
import { hasChanges, type Plan } from '../model/plan.ts';
import { driftIssueTitle, parseDriftMarker, renderDriftIssueBody, renderDriftResolvedComment, renderSummary, type RunRef } from '../render/index.ts';

/** The drift plan in an issue leaves room for the frame under GitHub's 65,536 characters (bytes >= characters). */
const DRIFT_PLAN_MAX_BYTES = 56_000;

export interface DriftIssueInput {
  readonly github: GitHubApi;
  readonly owner: string;
  readonly repo: string;
  readonly target: PlanTarget;
  readonly plan: Plan;
  readonly run: RunRef;
  /** the branch the check ran on */
  readonly branch?: string;
  readonly warning: (message: string) => void;
  readonly info: (message: string) => void;
}

export type DriftIssueOutcome = 'opened' | 'updated' | 'closed' | 'none' | 'not-allowed';

export async function keepDriftIssue(input: DriftIssueInput): Promise<DriftIssueOutcome> {
  const { github, owner, repo, target, plan } = input;
  try {
    const existing = await findDriftIssue(github, owner, repo, target);
    if (!hasChanges(plan)) {
      if (!existing) return 'none';
      await github.createIssueComment(owner, repo, existing.number, renderDriftResolvedComment(target, input.run), 'issue');
      await github.updateIssue(owner, repo, existing.number, { state: 'closed', state_reason: 'completed' });
      input.info(`Ory is in sync again: closed the drift issue ${existing.html_url}`);
      return 'closed';
    }
    const body = renderDriftIssueBody({
      target,
      summary: plan.summary,
      planMarkdown: renderSummary(plan, { title: 'Drift plan', maxBytes: DRIFT_PLAN_MAX_BYTES, fullPlanLocation: 'the job summary of the run' }),
      projectIds: plan.projects.filter((p) => plan.projectFingerprints[p.projectId] !== undefined).map((p) => p.projectId),
      run: input.run,
      ...(input.branch ? { branch: input.branch } : {}),
    });
    if (existing) {
      await github.updateIssue(owner, repo, existing.number, { title: driftIssueTitle(target), body });
      input.info(`Updated the drift issue: ${existing.html_url}`);
      return 'updated';
    }
    const created = await github.createIssue(owner, repo, { title: driftIssueTitle(target), body, labels: [DRIFT_LABEL] });
    input.info(`Opened the drift issue: ${created.html_url}`);
    return 'opened';
  } catch (error) {
    if (isGitHubPermissionError(error)) {
      input.warning(`${error.message} The drift issue is not kept; give the workflow \`issues: write\`, or set \`drift-issue: false\`.`);
      return 'not-allowed';
    }
    input.warning(`Could not keep the drift issue (${error instanceof Error ? error.message : String(error)}); the drift is in the job summary.`);
    return 'none';
  }
}

/** Our open drift issue for this target, across every page; the oldest when (against the rule) there are several. */
async function findDriftIssue(github: GitHubApi, owner: string, repo: string, target: PlanTarget): Promise<IssueInfo | undefined> {
  const ownLogin = (await github.authenticatedLogin())?.toLowerCase() ?? '';
  let found: IssueInfo | undefined;
  for await (const page of github.listIssues(owner, repo, { labels: [DRIFT_LABEL], state: 'open' })) {
    for (const issue of page) {
      if (issue.user.login.toLowerCase() !== ownLogin) continue;
      const marked = parseDriftMarker(issue.body);
      if (!marked || !sameTarget(marked, target)) continue;
      if (!found || issue.number < found.number) found = issue;
    }
  }
  return found;
}
