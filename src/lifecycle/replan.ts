/**
 * After a merge applies, every other open pull request with a plan comment for the same manifest and
 * target is planned again from its head commit (SPEC section 4): its comment and its commit status
 * follow. A plan that did not change only gets its freshness updated. At most MAX_REPLANS_PER_RUN are
 * planned again in one run (the most recently updated first); the rest are marked stale. Re-plans read
 * from Ory and never write to it.
 */
import type { GitHubApi, PullRequestInfo } from '../github/client.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { RunFailure } from '../model/failure.ts';
import { MAX_OPEN_PULLS_SCANNED, MAX_REPLANS_PER_RUN, type PlanTarget, type ReplanReport } from '../model/lifecycle.ts';
import type { Plan } from '../model/plan.ts';
import { escapeMarkdownText } from '../render/index.ts';
import { commentThread, statusLine, type ThreadReport, type ThreadRun } from './comment-thread.ts';
import type { CommitStatuses } from './commit-status.ts';


export type PullPlan =
  | { readonly kind: 'planned'; readonly plan: Plan }
  | { readonly kind: 'invalid-manifest'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface ReplanInput {
  readonly github: GitHubApi;
  readonly owner: string;
  readonly repo: string;
  /** the branch that was pushed: pull requests into it are planned again */
  readonly base: string;
  readonly mergedPull: number;
  /** the pushed commit: what the plans are checked against */
  readonly mergeSha: string;
  readonly target: PlanTarget;
  /** the merge run (its head is replaced by each pull request's) */
  readonly run: ThreadRun;
  readonly statuses: CommitStatuses;
  readonly report: ThreadReport;
  /** plans a pull request at its head commit (files read through GitHub); never writes to Ory */
  readonly planPull: (pull: PullRequestInfo) => Promise<PullPlan>;
  /** masks secrets in messages that go to comments */
  readonly mask: (text: string) => string;
}

export async function replanOpenPulls(input: ReplanInput): Promise<ReplanReport> {
  const { github, owner, repo } = input;
  const found: Array<{ pull: PullRequestInfo; thread: ReturnType<typeof commentThread>; status: string; fingerprint: string; headSha: string }> = [];
  let scanned = 0;
  let skipped = 0;
  let scanLimitReached = false;
  scan: for await (const page of github.listOpenPulls(owner, repo, input.base)) {
    for (const pull of page) {
      if (pull.number === input.mergedPull) continue;
      if (scanned >= MAX_OPEN_PULLS_SCANNED) {
        scanLimitReached = true;
        break scan;
      }
      scanned++;
      const thread = commentThread(
        github,
        { owner, repo, issueNumber: pull.number, manifest: input.target.manifest, environment: input.target.environment, namedByEnvironmentInput: input.target.namedByEnvironmentInput ?? false },
        { ...input.run, headSha: pull.head.sha },
        input.report,
      );
      const comment = await thread.find().catch(() => null);
      // No plan comment for this target, or an applied record: nothing stands to be made stale.
      if (!comment || comment.marker.status === 'applied') {
        skipped++;
        continue;
      }
      found.push({ pull, thread, status: comment.marker.status, fingerprint: comment.marker.fingerprint, headSha: comment.marker.head_sha });
    }
  }

  const replanned: Array<ReplanReport['replanned'][number]> = [];
  const stale: number[] = [];
  // One after another: GitHub asks that writes not be made concurrently (secondary rate limits).
  for (const [index, entry] of found.entries()) {
    const { pull, thread } = entry;
    const head = pull.head.sha;
    if (index >= MAX_REPLANS_PER_RUN) {
      await thread.markNotCurrent({
        status: 'stale',
        headline: `#${input.mergedPull} merged and changed what this plan is made against. It was not planned again here: at most ${MAX_REPLANS_PER_RUN} pull requests are planned again per merge.`,
      });
      await input.statuses.set(head, { kind: 'stale', mergedPull: input.mergedPull });
      stale.push(pull.number);
      continue;
    }
    const result = await input.planPull(pull);
    switch (result.kind) {
      case 'planned': {
        const plan = result.plan;
        const same = entry.status === 'planned' && entry.fingerprint === plan.fingerprint && entry.headSha === head;
        if (same) await thread.confirmCurrent(input.mergeSha, input.mergedPull);
        else await thread.publishPlan(plan, statusLine({ ...input.run, headSha: head }, 'planned', { detail: `Planned again after #${input.mergedPull} merged.` }));
        await input.statuses.set(head, { kind: 'planned', summary: plan.summary });
        replanned.push({ pull: pull.number, result: same ? 'unchanged' : 'changed' });
        break;
      }
      case 'invalid-manifest': {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
        await thread.publishManifestErrors(result.diagnostics);
        await input.statuses.set(head, { kind: 'invalid-manifest', errors });
        replanned.push({ pull: pull.number, result: 'invalid-manifest', detail: `${errors} error${errors === 1 ? '' : 's'}` });
        break;
      }
      case 'failed': {
        const reason = result.error instanceof RunFailure ? result.error.reason : '';
        const message = input.mask(result.error instanceof Error ? result.error.message : String(result.error));
        await thread.markNotCurrent({
          status: 'failed',
          ...(reason ? { failureReason: reason } : {}),
          headline: `#${input.mergedPull} merged, and planning this pull request again failed${reason ? ` (\`${reason}\`)` : ''}.`,
          details: `> ${escapeMarkdownText(message)}`,
        });
        await input.statuses.set(head, { kind: 'plan-failed', reason });
        replanned.push({ pull: pull.number, result: 'failed', detail: reason || message });
        break;
      }
    }
  }
  return { mergedPull: input.mergedPull, replanned, stale, skipped, ...(scanLimitReached ? { scanLimitReached } : {}) };
}
