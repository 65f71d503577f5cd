/** Applies a JSON Patch to a copy of a raw project, the way a strict RFC 6902 server does. */
import fastJsonPatch from 'fast-json-patch';
import type { PatchOperation } from '../../src/patch/build.ts';

export function applyLocally<T>(project: T, operations: readonly PatchOperation[]): T {
  const copy = fastJsonPatch.deepClone(project) as T;
  return fastJsonPatch.applyPatch(copy, operations as fastJsonPatch.Operation[], true, true).newDocument;
}
