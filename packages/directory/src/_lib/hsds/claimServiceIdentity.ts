import { type Cursor, describe, report, str } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";

/** A service's id and name. */
export interface ServiceIdentity {
  readonly id: string;
  readonly name: string;
}

/**
 * Reads a service's id and name and claims the id. A service without either, or whose id was
 * already imported (unless it is being built for one given service_at_location), is reported
 * and left out.
 */
export function claimServiceIdentity(
  ctx: BuildContext,
  c: Cursor,
  forGivenLocations: boolean,
): ServiceIdentity | undefined {
  const id = str(c, "id");
  const name = str(c, "name");
  if (id === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...c.path, "id"],
      message: "service without id; left out",
      recordId: name,
    });
    return undefined;
  }
  if (name === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...c.path, "name"],
      message: "service without name; left out",
      recordId: id,
    });
    return undefined;
  }
  if (ctx.serviceIds.has(id) && !forGivenLocations) {
    report(ctx, {
      severity: "error",
      code: "duplicate_id",
      path: [...c.path, "id"],
      message: `a service with id ${describe(id)} was already imported; left out`,
      recordId: id,
    });
    return undefined;
  }
  ctx.serviceIds.add(id);
  return { id, name };
}
