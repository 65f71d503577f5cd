import type { BodySource, SourceLocation } from '../model/action.ts';
import type { Substitution } from './env.ts';
import { rawOffset } from './env.ts';
import type { PathSegment, SourceText, YamlSource } from './yaml-source.ts';
import { locationAtOffset, scalarAt, scalarValueOffset } from './yaml-source.ts';
import type { Scalar } from 'yaml';

/** Where a loaded body came from, as the loader reports it. */
type BodyOrigin =
  | { readonly kind: 'inline'; readonly src: YamlSource; readonly path: readonly PathSegment[]; readonly substitutions: readonly Substitution[] }
  | { readonly kind: 'file'; readonly rawText: string; readonly substitutions: readonly Substitution[] }
  /** a `base64://` body: a place in its decoded text has none in the manifest */
  | { readonly kind: 'encoded' };

/**
 * What is kept beside each BodySource (the model type stays plain data): for an inline body its
 * scalar node and the manifest's text, not the whole parsed document, which a plan of thousands of
 * actions would otherwise hold on to until the run ends.
 */
type KeptOrigin =
  | { readonly kind: 'inline'; readonly at: SourceText; readonly node: Scalar | undefined; readonly substitutions: readonly Substitution[] }
  | Extract<BodyOrigin, { kind: 'file' | 'encoded' }>;

const origins = new WeakMap<BodySource, KeptOrigin>();

export function rememberBodyOrigin(body: BodySource, origin: BodyOrigin): void {
  if (origin.kind === 'file' || origin.kind === 'encoded') {
    origins.set(body, origin);
    return;
  }
  const { file, text, lineCounter } = origin.src;
  origins.set(body, { kind: 'inline', at: { file, text, lineCounter }, node: scalarAt(origin.src, origin.path), substitutions: origin.substitutions });
}

/** Offset of a 1-based line/column in `text` (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const lineLength = (lineEnd === -1 ? text.length : lineEnd) - offset;
  return offset + Math.min(Math.max(0, column - 1), lineLength);
}

/** 1-based line/column of an offset in `text`. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Maps a 1-based line/column inside a body's source (as the Jsonnet checker sees it, references resolved)
 * to the manifest (inline `body`, any scalar style) or to the `body_file`.
 */
export function bodyLocation(body: BodySource, line: number, column: number): SourceLocation {
  const origin = origins.get(body);
  if (origin?.kind === 'encoded') return body.location;
  const resolvedOffset = offsetOf(body.source, line, column);
  if (origin?.kind === 'file') {
    const raw = rawOffset(origin.substitutions, resolvedOffset);
    const at = lineColumnOf(origin.rawText, raw);
    return { file: body.location.file, line: at.line, column: at.column };
  }
  if (origin?.kind === 'inline' && origin.node) {
    const raw = rawOffset(origin.substitutions, resolvedOffset);
    return locationAtOffset(origin.at, scalarValueOffset(origin.at, origin.node, origin.node.value as string, raw));
  }
  // an unknown body (copied object): assume a literal block, whose lines keep their column offset
  return {
    file: body.location.file,
    line: body.location.line + line - 1,
    column: body.location.column + column - 1,
  };
}
