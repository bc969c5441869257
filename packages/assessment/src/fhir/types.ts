// Minimal FHIR R4 shapes: only the elements this package reads or writes. They are structurally
// compatible with @types/fhir's R4 types, so no runtime or type dependency is needed.

/**
 * FHIR R4 Coding.
 *
 * @example
 * const coding: FhirCoding = { system: "http://loinc.org", code: "44261-6" };
 */
export interface FhirCoding {
  /** Code system URI. */
  readonly system?: string | undefined;
  /** The code. */
  readonly code?: string | undefined;
  /** Display text. */
  readonly display?: string | undefined;
}

/**
 * FHIR R4 CodeableConcept.
 *
 * @example
 * const concept: FhirCodeableConcept = { coding: [{ system: "…", code: "mild" }], text: "Mild" };
 */
export interface FhirCodeableConcept {
  /** Codings. */
  readonly coding?: readonly FhirCoding[] | undefined;
  /** Plain text. */
  readonly text?: string | undefined;
}

/**
 * FHIR R4 Reference.
 *
 * @example
 * const ref: FhirReference = { reference: "Patient/123" };
 */
export interface FhirReference {
  /** Literal reference, e.g. `"QuestionnaireResponse/abc"`. */
  readonly reference?: string | undefined;
  /** Display text. */
  readonly display?: string | undefined;
}

/**
 * FHIR R4 Extension (the value types this package uses).
 *
 * @example
 * const weight: FhirExtension = { url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: 2 };
 */
export interface FhirExtension {
  /** Extension URL. */
  readonly url: string;
  /** Decimal value. */
  readonly valueDecimal?: number | undefined;
  /** Integer value. */
  readonly valueInteger?: number | undefined;
  /** Expression value. */
  readonly valueExpression?:
    | {
        readonly language: string;
        readonly expression: string;
        readonly description?: string | undefined;
      }
    | undefined;
}

/**
 * FHIR R4 Quantity.
 *
 * @example
 * const q: FhirQuantity = { value: 12, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" };
 */
export interface FhirQuantity {
  /** Value. */
  readonly value: number;
  /** Unit text. */
  readonly unit?: string | undefined;
  /** Unit system. */
  readonly system?: string | undefined;
  /** Unit code. */
  readonly code?: string | undefined;
}

/**
 * One item of a FHIR R4 Questionnaire.
 *
 * @example
 * const item: FhirQuestionnaireItem = { linkId: "phq9_1", type: "choice", required: true };
 */
export interface FhirQuestionnaireItem {
  /** Stable id: the instrument's item id. */
  readonly linkId: string;
  /** Wording, when it may be shipped. */
  readonly text?: string | undefined;
  /** Item type. */
  readonly type: "choice" | "integer" | "decimal" | "display" | "group";
  /** Whether an answer is required. */
  readonly required?: boolean | undefined;
  /** Read-only (calculated) items. */
  readonly readOnly?: boolean | undefined;
  /** Extensions: calculatedExpression, minValue, maxValue. */
  readonly extension?: readonly FhirExtension[] | undefined;
  /** Answer options with their scores. */
  readonly answerOption?:
    | readonly {
        readonly valueCoding: FhirCoding;
        readonly extension?: readonly FhirExtension[] | undefined;
      }[]
    | undefined;
  /** Nested items. */
  readonly item?: readonly FhirQuestionnaireItem[] | undefined;
}

/**
 * FHIR R4 Questionnaire.
 *
 * @example
 * const q: FhirQuestionnaire = toFhirQuestionnaire(PHQ9);
 */
export interface FhirQuestionnaire {
  /** Always `"Questionnaire"`. */
  readonly resourceType: "Questionnaire";
  /** Canonical URL. */
  readonly url: string;
  /** Business version. */
  readonly version: string;
  /** Computer-friendly name. */
  readonly name: string;
  /** Title. */
  readonly title: string;
  /** Publication status. */
  readonly status: "draft" | "active" | "retired" | "unknown";
  /** Description, including the source citation. */
  readonly description?: string | undefined;
  /** Copyright and licence line. */
  readonly copyright?: string | undefined;
  /** Items. */
  readonly item: readonly FhirQuestionnaireItem[];
}

/**
 * One answer in a FHIR R4 QuestionnaireResponse.
 *
 * @example
 * const answer: FhirAnswer = { valueCoding: { system: "…", code: "2" } };
 */
export interface FhirAnswer {
  /** Coded answer (options). */
  readonly valueCoding?: FhirCoding | undefined;
  /** Integer answer (numeric items, calculated scores). */
  readonly valueInteger?: number | undefined;
  /** Decimal answer. */
  readonly valueDecimal?: number | undefined;
}

/**
 * One item in a FHIR R4 QuestionnaireResponse.
 *
 * @example
 * const item: FhirQuestionnaireResponseItem = { linkId: "phq9_1", answer: [{ valueCoding: { code: "1" } }] };
 */
export interface FhirQuestionnaireResponseItem {
  /** The Questionnaire item's linkId. */
  readonly linkId: string;
  /** Answers (at most one for scored items). */
  readonly answer?: readonly FhirAnswer[] | undefined;
  /** Nested items. */
  readonly item?: readonly FhirQuestionnaireResponseItem[] | undefined;
}

/**
 * FHIR R4 QuestionnaireResponse.
 *
 * @example
 * const qr: FhirQuestionnaireResponse = { resourceType: "QuestionnaireResponse", questionnaire: "…", status: "completed" };
 */
export interface FhirQuestionnaireResponse {
  /** Always `"QuestionnaireResponse"`. */
  readonly resourceType: "QuestionnaireResponse";
  /** Logical id. */
  readonly id?: string | undefined;
  /** Canonical `url|version` of the Questionnaire. */
  readonly questionnaire: string;
  /** Completion status. */
  readonly status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  /** Who the answers are about. */
  readonly subject?: FhirReference | undefined;
  /** When the answers were given (ISO 8601). */
  readonly authored?: string | undefined;
  /** Who answered (e.g. the carer as a RelatedPerson). */
  readonly source?: FhirReference | undefined;
  /** The answers. */
  readonly item?: readonly FhirQuestionnaireResponseItem[] | undefined;
}

/**
 * One component of a FHIR R4 Observation (a subscale, a converted score or a flag).
 *
 * @example
 * const c: FhirObservationComponent = { code: { text: "Anxiety" }, valueQuantity: { value: 3 } };
 */
export interface FhirObservationComponent {
  /** What the component is. */
  readonly code: FhirCodeableConcept;
  /** Numeric value. */
  readonly valueQuantity?: FhirQuantity | undefined;
  /** Boolean value (raised flags). */
  readonly valueBoolean?: boolean | undefined;
  /** Band of the component. */
  readonly interpretation?: readonly FhirCodeableConcept[] | undefined;
}

/**
 * FHIR R4 Observation for a score.
 *
 * @example
 * const obs: FhirObservation = toFhirObservation(PHQ9, score, { effectiveDateTime: "2026-11-22" });
 */
export interface FhirObservation {
  /** Always `"Observation"`. */
  readonly resourceType: "Observation";
  /** Logical id. */
  readonly id?: string | undefined;
  /** Always `final` for a computed score. */
  readonly status: "final";
  /** `survey`. */
  readonly category: readonly FhirCodeableConcept[];
  /** The instrument's score. */
  readonly code: FhirCodeableConcept;
  /** Who the score is about. */
  readonly subject?: FhirReference | undefined;
  /** When the answers were given. */
  readonly effectiveDateTime: string;
  /** The total. */
  readonly valueQuantity: FhirQuantity;
  /** Bands of the total. */
  readonly interpretation?: readonly FhirCodeableConcept[] | undefined;
  /** How the score was reached (algorithm version, prorating, conversions). */
  readonly method?: FhirCodeableConcept | undefined;
  /** Subscales, converted scores and raised flags. */
  readonly component?: readonly FhirObservationComponent[] | undefined;
  /** The QuestionnaireResponse scored. */
  readonly derivedFrom?: readonly FhirReference[] | undefined;
  /** The explanation. */
  readonly note?: readonly { readonly text: string }[] | undefined;
}
