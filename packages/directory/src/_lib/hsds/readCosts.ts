import type { OfferCost } from "../../offer/cost.ts";
import { at, type Cursor, date, type IssueSink, num, report, str } from "../read.ts";
import type { Items } from "./items.ts";

/** A cost amount ≥ 0; a negative one is reported and ignored. */
function readAmount(c: Cursor, serviceId: string): number | undefined {
  const amount = num(c, "amount");
  if (amount !== undefined && amount < 0) {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, "amount"],
      message: `expected an amount ≥ 0, got ${amount}; ignored`,
      recordId: serviceId,
    });
    return undefined;
  }
  return amount;
}

/** A service's cost_options; ids default to `<service>-cost-<i>`. */
export function readCosts(sink: IssueSink, items: Items, serviceId: string): OfferCost[] {
  const { list, path } = items;
  return list.map((rec, i) => {
    const c = at(sink, rec, [...path, i]);
    const amount = readAmount(c, serviceId);
    const fields: [keyof OfferCost, string | number | undefined][] = [
      ["option", str(c, "option")],
      ["amount", amount],
      ["currency", str(c, "currency")?.toUpperCase()],
      ["amountDescription", str(c, "amount_description")],
      ["validFrom", date(c, "valid_from")],
      ["validTo", date(c, "valid_to")],
    ];
    const cost: Record<string, unknown> = { id: str(c, "id") ?? `${serviceId}-cost-${i}` };
    for (const [k, v] of fields) if (v !== undefined) cost[k] = v;
    return cost as unknown as OfferCost;
  });
}
