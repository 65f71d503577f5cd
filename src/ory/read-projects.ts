import type { LiveProject } from '../model/live.ts';
import type { OryProjects } from './client.ts';
import { mapWithLimit } from './concurrency.ts';
import { readLiveProject } from '../ory-config/webhook-codec.ts';

/** Projects are read concurrently, a bounded number at a time: one `getProject` each. */
export const PROJECT_CONCURRENCY = 8;

export async function readProjects(ory: OryProjects, projectIds: readonly string[], concurrency = PROJECT_CONCURRENCY): Promise<LiveProject[]> {
  return mapWithLimit(projectIds, concurrency, async (id) => {
    const project = readLiveProject(await ory.getProject(id));
    // Answers name the project they describe; trust the id we asked for if Ory omits it.
    return project.id === '' ? { ...project, id } : project;
  });
}
