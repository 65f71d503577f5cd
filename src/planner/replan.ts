/**
 * The re-plan apply needs: the same manifest (and previous manifest) planned against one freshly
 * read project, after a 409 or to verify what a write stored. Belongs to the planner, so the
 * commands that plan and the apply step that uses it meet here rather than in each other.
 */
import type { DesiredAction, Manifest } from '../model/action.ts';
import type { LiveProject } from '../model/live.ts';
import type { Plan, ProjectPlan } from '../model/plan.ts';
import { plan, type ProjectWork } from './plan.ts';
import type { SecretDigest } from './secrets.ts';

export interface ProjectReplan {
  readonly projectPlan: ProjectPlan;
  readonly work: ProjectWork;
  /** this project's entries of Plan.changeDigests */
  readonly digests: Readonly<Record<string, string>>;
}

/** Plans the same inputs against one freshly read project. */
export type Replan = (live: LiveProject) => ProjectReplan;

export interface ReplanInput {
  readonly manifest: Manifest;
  readonly previousActions?: readonly DesiredAction[];
  readonly digest: SecretDigest;
  readonly maskValues?: readonly string[];
}

/** A project's entries of a plan's change digests: what it writes, change by change. */
export function projectDigests(plan: Plan, projectId: string): Record<string, string> {
  const prefix = `${projectId} `;
  return Object.fromEntries(Object.entries(plan.changeDigests).filter(([key]) => key.startsWith(prefix)));
}

/** Body previews are left out: a re-plan decides what to write, it is not shown. */
export function replanner(input: ReplanInput): Replan {
  return (project) => {
    const again = plan({ ...input, live: [project] });
    return { projectPlan: again.plan.projects[0]!, work: again.work[0]!, digests: projectDigests(again.plan, again.work[0]!.shownId) };
  };
}
