/**
 * An emulator of Ory Network's project API (`GET /projects/{id}`, `PATCH /projects/{id}/revision/{rev}`,
 * and the deprecated `PATCH`/`PUT /projects/{id}`), as `docs/ory-facts.md` describes it, for the
 * end-to-end tests, the demo and the benchmarks. Where Ory's behaviour is unconfirmed, options choose it.
 */
export {
  INTROSPECTION_PATH,
  defaultSampleConfigPath,
  defaultSchemaPath,
  sampleIdentityConfig,
  startOryEmulator,
} from './server.ts';
export type { FaultSpec, OryEmulator, OryEmulatorOptions, ProjectSeed, RecordedRequest, RouteName } from './server.ts';
export { MASKED_SECRET, STORAGE_URL_PREFIX } from './project.ts';
export type { BodyStorage, EmulatedProject, SecretDisplay, UpdateWarning } from './project.ts';
export type { OryErrorBody } from './errors.ts';
