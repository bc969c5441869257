import { checkFields } from "../_lib/checkFields.ts";
import type { SafeguardingConcern } from "./SafeguardingConcernSchema.ts";

/**
 * A member of staff's role, as far as safeguarding records are concerned. `safeguarding_lead`
 * (the designated safeguarding lead) and `service_manager` read every concern; a `key_worker` or
 * `worker` reads the concerns they raised; `volunteer`, `administrator` and `commissioner` read
 * none. Commissioners see only the suppressed counts in evaluation reports.
 *
 * @example
 * const role: StaffRole = "safeguarding_lead";
 */
export type StaffRole =
  | "safeguarding_lead"
  | "service_manager"
  | "key_worker"
  | "worker"
  | "volunteer"
  | "administrator"
  | "commissioner";

/**
 * Who asks to read, for {@link canReadSafeguardingConcern}.
 *
 * @example
 * const reader: SafeguardingReader = { role: "worker", workerId: "worker-3" };
 */
export interface SafeguardingReader {
  readonly role: StaffRole;
  /** The reader's own worker id, matched against `raisedBy`. */
  readonly workerId?: string | undefined;
}

/**
 * The decision of {@link canReadSafeguardingConcern} and why.
 *
 * @example
 * const decision: SafeguardingReadDecision = { allowed: false, reason: "role_not_permitted" };
 */
export type SafeguardingReadDecision =
  | { readonly allowed: true; readonly reason: "safeguarding_role" | "raised_by_reader" }
  | { readonly allowed: false; readonly reason: "role_not_permitted" | "not_raised_by_reader" };

type Access = "all" | "own" | "none";

const ACCESS: Readonly<Record<StaffRole, Access>> = {
  safeguarding_lead: "all",
  service_manager: "all",
  key_worker: "own",
  worker: "own",
  volunteer: "none",
  administrator: "none",
  commissioner: "none",
};

/**
 * Decides whether a member of staff may read a safeguarding concern, on a need-to-know basis:
 * the safeguarding lead and the service manager read all; a worker reads the concerns they
 * raised; anyone else, including any role this function does not know, is refused. Pure: the
 * API that serves concerns calls it for each record and audits the decision.
 *
 * @param reader - The reader's role and worker id.
 * @param concern - The concern (only `raisedBy` is read).
 * @returns `{ allowed, reason }`.
 * @throws {@link CarerKitError} `invalid_argument` when `reader` or `concern` is not a plain
 * object or `reader.role` not a string.
 * @example
 * canReadSafeguardingConcern({ role: "volunteer" }, concern); //=> { allowed: false, reason: "role_not_permitted" }
 * canReadSafeguardingConcern({ role: "safeguarding_lead" }, concern); //=> { allowed: true, reason: "safeguarding_role" }
 */
export function canReadSafeguardingConcern(
  reader: SafeguardingReader,
  concern: Pick<SafeguardingConcern, "raisedBy">,
): SafeguardingReadDecision {
  checkFields(
    "canReadSafeguardingConcern",
    { reader },
    {
      role: "string",
      workerId: "string?",
    },
  );
  checkFields("canReadSafeguardingConcern", { concern }, {});
  const access: Access | undefined = Object.hasOwn(ACCESS, reader.role)
    ? ACCESS[reader.role]
    : undefined;
  switch (access) {
    case "all":
      return { allowed: true, reason: "safeguarding_role" };
    case "own":
      return reader.workerId !== undefined && reader.workerId === concern.raisedBy
        ? { allowed: true, reason: "raised_by_reader" }
        : { allowed: false, reason: "not_raised_by_reader" };
    case "none":
    case undefined:
      return { allowed: false, reason: "role_not_permitted" };
  }
}
