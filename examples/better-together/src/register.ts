// Step 1: register referrals with @carerkit/core. Every record is validated; a bad one is
// rejected with every problem named (field, what was expected), and the rest carry on.
import {
  safeParseCaredForPerson,
  safeParseCarer,
  safeParseCaringRelationship,
  type CaredForPerson,
  type Carer,
  type CarerKitIssue,
  type CaringRelationship,
} from "@carerkit/core";

/** A carer who passed validation, with the person they care for and the relationship. */
export interface RegisteredCarer {
  readonly carer: Carer;
  readonly caredFor: CaredForPerson;
  readonly relationship: CaringRelationship;
}

/** A referral that could not be registered, and why. */
export interface Rejection {
  /** Position in the referral file, from 1. */
  readonly record: number;
  /** The carer id as sent, if it was a string (ids are pseudonymous record keys). */
  readonly carerId: string;
  /** Which part each issue is about, and the issue. */
  readonly issues: readonly { readonly part: string; readonly issue: CarerKitIssue }[];
}

/** The outcome of registration. */
export interface Registration {
  readonly registered: readonly RegisteredCarer[];
  readonly rejected: readonly Rejection[];
}

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Validates each referral: the carer, the cared-for person and the caring relationship.
 *
 * @param referrals - Records as they arrived (unknown until checked).
 * @returns Registered carers and rejected records with every issue.
 */
export function registerCarers(referrals: readonly unknown[]): Registration {
  const registered: RegisteredCarer[] = [];
  const rejected: Rejection[] = [];
  referrals.forEach((referral, i) => {
    const carer = safeParseCarer(field(referral, "carer"));
    const caredFor = safeParseCaredForPerson(field(referral, "caredFor"));
    const relationship = safeParseCaringRelationship(field(referral, "relationship"));
    if (carer.success && caredFor.success && relationship.success) {
      registered.push({
        carer: carer.data,
        caredFor: caredFor.data,
        relationship: relationship.data,
      });
      return;
    }
    const issues = [
      ...(carer.success ? [] : carer.error.map((issue) => ({ part: "carer", issue }))),
      ...(caredFor.success ? [] : caredFor.error.map((issue) => ({ part: "caredFor", issue }))),
      ...(relationship.success
        ? []
        : relationship.error.map((issue) => ({ part: "relationship", issue }))),
    ];
    const id = field(field(referral, "carer"), "id");
    rejected.push({ record: i + 1, carerId: typeof id === "string" ? id : "(no id)", issues });
  });
  return { registered, rejected };
}
