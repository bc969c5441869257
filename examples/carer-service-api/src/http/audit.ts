import type { Identity } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";

/** What was done with personal data. */
export type AuditAction =
  | "read"
  | "create"
  | "update"
  | "erase"
  | "export"
  | "share"
  | "read_audit"
  | "retention_pseudonymise";

/** Why: the lawful purpose the route serves. */
export type AuditPurpose =
  | "direct_care"
  | "care_circle_sharing"
  | "service_evaluation"
  | "rectification"
  | "erasure"
  | "subject_access"
  | "audit_review"
  | "retention"
  | "break_glass";

/** Where an audit row comes from: the caller, the request and the route template. */
export interface AuditSource {
  readonly identity: Identity;
  readonly requestId: string;
  /** The route template (`/carers/:carerId`), never the URL with its values. */
  readonly route: string;
  readonly purpose: AuditPurpose;
}

/**
 * Appends one audit row in the caller's transaction, so the access and its record commit or
 * roll back together. Ids and codes only: the subject is a record id, never a name or a value.
 */
export async function appendAudit(
  q: Queryable,
  source: AuditSource,
  event: { readonly action: AuditAction; readonly subjectId?: string | undefined },
): Promise<void> {
  await q.query(
    `INSERT INTO audit_events (actor, actor_role, action, subject_id, purpose, request_id, route)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      source.identity.subject,
      source.identity.role,
      event.action,
      event.subjectId ?? null,
      source.purpose,
      source.requestId,
      source.route,
    ],
  );
}
