import type { SupportContact } from "@carerkit/core";
import { summariseCasework, suppressSmallNumbers } from "@carerkit/evaluation";
import type { Routes } from "./registry.ts";

const NO_COLUMN_TOTALS = { columnTotals: false } as const;

/**
 * The commissioner's casework summary (evaluation's `summariseCasework`), every table published
 * under the default small-number suppression (NHS Digital 2018). It is computed from
 * `casework_contacts()`, which gives no carer id and no notes.
 */
export function addCaseworkSummaryRoutes(routes: Routes): void {
  routes.add(
    {
      method: "get",
      path: "/casework/summary",
      operationId: "getCaseworkSummary",
      summary:
        "Casework counted for commissioners (summariseCasework): carers supported and contacts, by kind and month, per worker and per service, with small-number suppression (NHS Digital 2018). No carer ids and no notes.",
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      success: { status: 200, description: "The protected casework tables." },
      problems: [],
    },
    async (c, ctx) => {
      const contacts = await ctx.db.transaction(async (tx) => {
        // Rows about people were read to build the aggregates: recorded, with no subject.
        const rows = await tx.query<{ contact: SupportContact }>(
          "SELECT casework_contacts() AS contact",
        );
        await ctx.audit(tx, "read");
        return rows.map((r) => r.contact);
      });
      const summary = summariseCasework(contacts);
      return c.json({
        totals: suppressSmallNumbers(
          {
            rows: ["Carers supported", "Support contacts"],
            columns: ["Count"],
            counts: [[summary.carers], [summary.contacts]],
          },
          undefined,
          NO_COLUMN_TOTALS,
        ),
        byMonth: suppressSmallNumbers(summary.byMonth),
        // A carer helped in two ways counts in two rows: no column totals.
        carersByKind: suppressSmallNumbers(summary.carersByKind, undefined, NO_COLUMN_TOTALS),
        byWorker: suppressSmallNumbers(summary.byWorker),
        byService: suppressSmallNumbers(summary.byService),
      });
    },
  );
}
