/**
 * The merge queue (SPEC section 4, `merge_group`): the queued commit is planned and passes only when what
 * it would write is the queued pull request's approved plan, project by project; otherwise it fails with
 * `plan-changed` and says why. It never writes to Ory, nor to the pull request's comment: its verdict is
 * the commit status on the queue's commit (the check the queue waits for), the log and the job summary.
 */
import type { GitHubApi } from '../github/client.ts';
import { planDifference } from '../model/comment.ts';
import { RunFailure } from '../model/failure.ts';
import type { PlanTarget } from '../model/lifecycle.ts';
import type { Plan } from '../model/plan.ts';
import { approvalOf, decideApproval } from '../planner/approval.ts';
import { renderPlanDifference } from '../render/index.ts';
import { commentThread, type ThreadReport, type ThreadRun } from './comment-thread.ts';
import type { CommitStatuses } from './commit-status.ts';

export interface QueueCheckInput {
  readonly github: GitHubApi | undefined;
  readonly owner: string;
  readonly repo: string;
  readonly target: PlanTarget;
  /** the merge group's commit, where the status goes */
  readonly groupSha: string;
  readonly pullNumber: number | undefined;
  readonly plan: Plan;
  readonly run: ThreadRun;
  readonly statuses: CommitStatuses;
  readonly report: ThreadReport;
  readonly summary: (markdown: string) => void;
}

export async function checkQueuedPlan(input: QueueCheckInput): Promise<void> {
  const { plan, pullNumber } = input;
  const refuse = async (reason: 'plan-changed' | 'no-approved-plan', message: string): Promise<never> => {
    await input.statuses.set(input.groupSha, { kind: 'queue-failed', pull: pullNumber ?? 0, reason });
    throw new RunFailure(reason, message);
  };
  if (pullNumber === undefined) {
    return refuse('no-approved-plan', 'The merge group\'s branch names no pull request (expected gh-readonly-queue/<base>/pr-<number>-<sha>), so there is no approved plan to compare with. Nothing was written.');
  }
  if (!input.github) return refuse('no-approved-plan', 'Checking a merge group needs the queued pull request\'s plan comment, and there is no github-token to read it. Nothing was written.');
  const thread = commentThread(
    input.github,
    { owner: input.owner, repo: input.repo, issueNumber: pullNumber, manifest: input.target.manifest, environment: input.target.environment, namedByEnvironmentInput: input.target.namedByEnvironmentInput ?? false },
    input.run,
    input.report,
  );
  const comment = await thread.find();
  if (!comment) {
    return refuse('no-approved-plan', `Pull request #${pullNumber} has no plan comment for ${plan.manifest}, so the queued commit has no approved plan to match. Nothing was written.`);
  }
  const decision = decideApproval(approvalOf(comment.marker), plan);
  if (!decision.approved) {
    const differing = decision.projects.filter((p) => p.verdict === 'differs' || p.verdict === 'spent').map((p) => p.projectId);
    const difference = renderPlanDifference(planDifference(comment.marker, plan));
    input.report.info(difference);
    input.summary(`## Ory Actions: the queued plan is not the approved plan\n\n${difference}`);
    return refuse(
      'plan-changed',
      `The queued commit's plan for ${plan.manifest} differs from the one approved in pull request #${pullNumber} in ${differing.map((id) => `project ${id}`).join(', ')}: another change merged first, or Ory changed since the plan was made. Nothing was written. Re-run the pull request's plan (or let the re-plan after the last merge do it), review it, and queue it again.`,
    );
  }
  input.report.info(`The queued commit's plan is the one approved in pull request #${pullNumber}.`);
  await input.statuses.set(input.groupSha, { kind: 'queue-passed', pull: pullNumber, summary: plan.summary });
}
