/**
 * The manifest room: `ory-actions.yaml` in, validated DesiredActions (env references resolved) out.
 * No I/O here: the file's text, body files and the environment are handed in.
 */
export type { LoadResult, ManifestInput } from './load.ts';
export { ACTION_NAME_PATTERN, loadManifest } from './load.ts';
export { bodyLocation } from './body-location.ts';
export { manifestToYaml } from './write.ts';
export { declaredEnvironmentNames, MANIFEST_SCHEMA, schemaForEnvironments } from './schema.ts';
export { resolveReferences } from './env.ts';
