/**
 * Who may call the API. Each role's scope is enforced twice: by the route (which roles may call
 * it at all, 403 otherwise) and by row-level security in the database (which rows the role and
 * subject may see, so another caseload's carer is simply not found: 404).
 *
 * - `carer`: their own record, assessments, enrolments and consents (`sub` is their carer id).
 * - `support-worker`: the carers on their own caseload (`carers.support_worker = sub`).
 * - `coordinator`: the whole service, the audit trail, erasure and caseload assignment.
 * - `analyst`: suppressed aggregates only (commissioners, researchers); never a row about a person.
 * - `circle-member`: a member of a care circle (`sub` is their member id); only what the
 *   carer's consent allows, decided by core's `canShare`.
 */
export const ROLES = [
  "carer",
  "support-worker",
  "coordinator",
  "analyst",
  "circle-member",
] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** The authenticated caller: the token's subject and the role it carries. */
export interface Identity {
  readonly subject: string;
  readonly role: Role;
}

/** Whether a claim value is one of the roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Staff who work with carers' records directly. */
export const STAFF: readonly Role[] = ["support-worker", "coordinator"];
