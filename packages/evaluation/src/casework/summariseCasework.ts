import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import { SupportContactSchema, SupportKindSchema, type SupportContact } from "@carerkit/core";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";
import { crossTab } from "../_lib/crossTab.ts";

/**
 * Casework counted for a commissioner, from {@link summariseCasework}. Every table is
 * unsuppressed: publish it through {@link suppressSmallNumbers}.
 *
 * @example
 * const summary: CaseworkSummary = summariseCasework(contacts);
 */
export interface CaseworkSummary {
  /** Support contacts. */
  readonly contacts: number;
  /** Distinct carers supported (the "over 500 carers supported" figure). */
  readonly carers: number;
  /** Minutes of support. */
  readonly minutes: number;
  /** Contacts, worker × kind. */
  readonly byWorker: CountTableInput;
  /** Contacts, service × kind ("Not recorded" when a contact names no service). */
  readonly byService: CountTableInput;
  /** Contacts, kind × month (`YYYY-MM`). */
  readonly byMonth: CountTableInput;
  /**
   * Distinct carers, kind × month. A carer helped in two ways counts in both rows, so publish it
   * without column totals; a carer counts once in a cell however many contacts they had.
   */
  readonly carersByKind: CountTableInput;
}

/**
 * Summarises casework by kind of support (crisis, bereavement, emotional, information and
 * advice, practical, benefits, advocacy, onward referral), per worker, per service and per
 * month, counting contacts, distinct carers and minutes. Kinds appear in their fixed order, each
 * even when zero, so tables from different periods line up.
 *
 * @param contacts - Support contacts from `@carerkit/core`.
 * @returns Totals and unsuppressed count tables.
 * @example
 * const summary = summariseCasework([
 *   { id: "1", carerId: "c-1", workerId: "w-1", date: "2026-10-02", mode: "phone", kind: "crisis", durationMinutes: 40 },
 *   { id: "2", carerId: "c-1", workerId: "w-1", date: "2026-10-09", mode: "ward_visit", kind: "emotional", durationMinutes: 20 },
 * ]);
 * [summary.contacts, summary.carers, summary.minutes]; //=> [2, 1, 60]
 */
export function summariseCasework(contacts: readonly SupportContact[]): CaseworkSummary {
  checkSchemaRecords(
    "summariseCasework",
    { contacts },
    { type: "SupportContact", schema: SupportContactSchema },
  );
  const kinds = SupportKindSchema.options;
  const month = (c: SupportContact): string => c.date.slice(0, 7);
  const kind = (c: SupportContact): string => c.kind;
  return {
    contacts: contacts.length,
    carers: new Set(contacts.map((c) => c.carerId)).size,
    minutes: contacts.reduce((s, c) => s + c.durationMinutes, 0),
    byWorker: crossTab(contacts, { row: (c) => c.workerId, column: kind, columns: kinds }),
    byService: crossTab(contacts, {
      row: (c) => c.serviceId ?? "Not recorded",
      column: kind,
      columns: kinds,
    }),
    byMonth: crossTab(contacts, { row: kind, rows: kinds, column: month }),
    carersByKind: crossTab(contacts, {
      row: kind,
      rows: kinds,
      column: month,
      distinct: (c) => c.carerId,
    }),
  };
}
