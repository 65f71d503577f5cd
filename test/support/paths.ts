import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, and `shared/` beside it (read-only material: Ory notes, schema, Jsonnet suite). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const KRATOS_SCHEMA_PATH = join(SHARED, 'ory', 'kratos-config.schema.json');
export const SAMPLE_IDENTITY_CONFIG_PATH = join(SHARED, 'ory', 'sample-identity-config.json');
