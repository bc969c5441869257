export { ok, err } from "./result/result.ts";
export type { Result, CarerKitIssue } from "./result/result.ts";
export { CarerKitError } from "./errors/CarerKitError.ts";
export type { CarerKitErrorCode, CarerKitErrorOptions } from "./errors/CarerKitError.ts";
export { isCarerKitError } from "./errors/isCarerKitError.ts";
export { SUPPORT_NEED_DOMAINS, SupportNeedDomainSchema } from "./vocabulary/supportNeedDomains.ts";
export type { SupportNeedDomain } from "./vocabulary/supportNeedDomains.ts";
export { CONDITION_CATEGORIES, ConditionCategorySchema } from "./vocabulary/conditionCategories.ts";
export type { ConditionCategory } from "./vocabulary/conditionCategories.ts";
export { RELATIONSHIP_TYPES, RelationshipTypeSchema } from "./vocabulary/relationshipTypes.ts";
export type { RelationshipType } from "./vocabulary/relationshipTypes.ts";
export { HOURS_OF_CARE_BANDS, HoursOfCareBandSchema } from "./vocabulary/hoursOfCareBands.ts";
export type { HoursOfCareBand } from "./vocabulary/hoursOfCareBands.ts";
export type { CoreIssueCode } from "./errors/CoreIssueCode.ts";
export { normalisePostcode } from "./identifiers/normalisePostcode.ts";
export { validateNhsNumber } from "./identifiers/validateNhsNumber.ts";
export { isValidNhsNumber } from "./identifiers/isValidNhsNumber.ts";
export { calculateAge } from "./age/calculateAge.ts";
export { classifyCarer } from "./age/classifyCarer.ts";
export type { CarerAgeGroup, ClassifyCarerOptions } from "./age/classifyCarer.ts";
export { bandHoursOfCare } from "./care/bandHoursOfCare.ts";
export type { ParseResult } from "./result/ParseResult.ts";
export {
  CarerSchema,
  PersonNameSchema,
  ContactSchema,
  CommunicationSchema,
  AccessibleFormatSchema,
  AgeBandSchema,
  EmploymentStatusSchema,
  IdentificationSourceSchema,
  CarerStatusSchema,
} from "./carer/CarerSchema.ts";
export type {
  Carer,
  CarerInput,
  AccessibleFormat,
  AgeBand,
  CarerStatus,
} from "./carer/CarerSchema.ts";
export { parseCarer } from "./carer/parseCarer.ts";
export { safeParseCarer } from "./carer/safeParseCarer.ts";
