import { describe, expectTypeOf, it } from "vitest";
import {
  canShare,
  classifyCarer,
  deserialise,
  endCaringRelationship,
  normalisePostcode,
  parseCarer,
  safeParseCarer,
  safeParseConsent,
  validateNhsNumber,
  type CareCircleMember,
  type Carer,
  type CarerAgeGroup,
  type CarerKitIssue,
  type CoreIssueCode,
  type EntityOf,
  type Goal,
  type HoursOfCareBand,
  type ParseResult,
  type ShareDecisionReason,
  bandHoursOfCare,
} from "./index.ts";

describe("the public types", () => {
  it("infers entities from the schemas", () => {
    expectTypeOf(parseCarer).returns.toEqualTypeOf<Carer>();
    expectTypeOf<Carer["status"]>().toEqualTypeOf<"active" | "former" | "bereaved">();
    expectTypeOf<Carer["postcode"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<EntityOf<"goal">>().toEqualTypeOf<Goal>();
  });

  it("returns a Result whose error is a list of coded issues from safeParse", () => {
    expectTypeOf(safeParseCarer).returns.toEqualTypeOf<ParseResult<Carer>>();
    const result = safeParseConsent({});
    if (result.success) expectTypeOf(result.data.givenAt).toBeString();
    else expectTypeOf(result.error).toEqualTypeOf<readonly CarerKitIssue<CoreIssueCode>[]>();
  });

  it("narrows care circle members by kind", () => {
    const member = {} as CareCircleMember;
    if (member.kind === "professional") {
      expectTypeOf(member.role).toEqualTypeOf<
        | "social_worker"
        | "nurse"
        | "gp"
        | "carer_coordinator"
        | "support_worker"
        | "occupational_therapist"
        | "pharmacist"
        | "other_professional"
      >();
    }
  });

  it("types the helpers with literal unions", () => {
    expectTypeOf(classifyCarer).returns.toEqualTypeOf<CarerAgeGroup>();
    expectTypeOf(bandHoursOfCare).returns.toEqualTypeOf<HoursOfCareBand>();
    expectTypeOf(canShare).returns.toHaveProperty("reason").toEqualTypeOf<ShareDecisionReason>();
    const postcode = normalisePostcode("SW1A 1AA");
    if (!postcode.success)
      expectTypeOf(postcode.error.code).toEqualTypeOf<"postcode_format" | "invalid_argument">();
    const nhs = validateNhsNumber("4000000004");
    if (!nhs.success) {
      expectTypeOf(nhs.error.code).toEqualTypeOf<
        "nhs_number_format" | "nhs_number_check_digit" | "nhs_number_range" | "invalid_argument"
      >();
    }
  });

  it("gives deserialise the type of the kind asked for", () => {
    const result = deserialise("{}", "carer");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Carer>();
    expectTypeOf(endCaringRelationship)
      .parameter(2)
      .toHaveProperty("endReason")
      .toEqualTypeOf<"death" | "residential_care" | "recovery" | "other">();
  });

  it("refuses an unknown kind at compile time", () => {
    // @ts-expect-error "person" is not an entity kind
    deserialise("{}", "person");
  });
});
