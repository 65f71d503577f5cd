/** Plan warnings that have a location, as annotations on that line (SPEC section 4). */
import type { SourceLocation } from '../model/action.ts';
import type { Plan } from '../model/plan.ts';

export interface Annotation {
  readonly message: string;
  readonly location: SourceLocation & { readonly title: string };
}

/** One per located warning (each once), in plan order: a body failing for the sample annotates its manifest or body-file line. */
export function planAnnotations(plan: Plan): Annotation[] {
  const out: Annotation[] = [];
  const seen = new Set<string>();
  for (const project of plan.projects) {
    for (const warning of project.warnings) {
      if (!warning.location) continue;
      const key = `${warning.location.file}:${warning.location.line}\u0000${warning.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ message: warning.message, location: { ...warning.location, title: 'Ory Actions plan' } });
    }
  }
  return out;
}
