/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument,
 * and a long list (a plan of 20,000 actions) overflows the call stack; a loop does not.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
