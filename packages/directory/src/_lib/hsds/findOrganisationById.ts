import { type Cursor, describe, type Rec, report, str } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";

/** The organisation a service names by organization_id; a dangling id is reported. */
export function findOrganisationById(
  ctx: BuildContext,
  c: Cursor,
  serviceId: string,
): Rec | undefined {
  const orgId = str(c, "organization_id");
  if (orgId === undefined) return undefined;
  const found = ctx.organisations.get(orgId);
  if (found === undefined) {
    report(ctx, {
      severity: "warning",
      code: "dangling_reference",
      path: [...c.path, "organization_id"],
      message: `no organization with id ${describe(orgId)}; organisation unknown`,
      recordId: serviceId,
    });
  }
  return found;
}
