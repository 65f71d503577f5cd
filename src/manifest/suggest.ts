import { distance } from 'fastest-levenshtein';

/** The candidate closest to `given`, when it is close enough to be a plausible typo. */
export function nearest(given: string, candidates: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // a third of the word (at least 2 edits) still reads as a typo; beyond that it is a different word
  const tolerance = Math.max(2, Math.floor(Math.max(given.length, best?.length ?? 0) / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** `did you mean "x"?`, or the list of valid choices when nothing is close. */
export function suggestionHint(given: string, candidates: readonly string[], listName = 'valid values'): string {
  const close = nearest(given, candidates);
  if (close !== undefined) return `did you mean "${close}"?`;
  return `${listName}: ${candidates.join(', ')}`;
}
