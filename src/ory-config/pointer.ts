/** RFC 6901 JSON Pointer helpers for the few places that walk a project by path. */
import { isRecord } from '../model/records.ts';

/** Kept here for the rooms that walk projects by path (one definition, in model/records.ts). */
export { isRecord };

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerSegment(String(s))).join('');
}


/** The value at `segments` under `root`, or undefined when any step is missing. */
export function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return undefined;
      node = node[index];
    } else if (isRecord(node)) {
      node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}
