import type { DirectoryImport } from "../offer/directoryImport.ts";
import { assembleTabular, isTabularJson, tableName } from "../_lib/assembleTabular.ts";
import { tabularJsonTables } from "../_lib/conservation/tabularJsonTables.ts";
import {
  buildService,
  newContext,
  collectedTerms,
  type BuildContext,
} from "../_lib/buildOffers.ts";
import { kindOf } from "../_lib/hsds/kindOf.ts";
import { conserveJson } from "../_lib/conservation/conserveJson.ts";
import { conserveTabular } from "../_lib/conservation/conserveTabular.ts";
import { detectDirectoryFormat } from "./detectDirectoryFormat.ts";
import { fromOpenReferralUk } from "./fromOpenReferralUk.ts";
import type { FromHsdsOptions } from "./types.ts";
import { checkImportOptions } from "../_lib/guard/checkImportOptions.ts";
import { capIssues } from "../_lib/capIssues.ts";
import { jsonProblem } from "../_lib/jsonProblem.ts";
import { refusedImport } from "../_lib/refusedImport.ts";
import {
  describe,
  isRecord,
  record,
  records,
  report,
  str,
  at,
  type Path,
  type Rec,
} from "../_lib/read.ts";

function importValue(ctx: BuildContext, value: unknown, path: Path): void {
  if (path.length > 32) {
    report(ctx, {
      severity: "error",
      code: "unsupported_shape",
      path,
      message: "nested more than 32 levels deep; left out",
    });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      importValue(ctx, item, [...path, i]);
    });
    return;
  }
  if (!isRecord(value)) {
    report(ctx, {
      severity: "error",
      code: "unsupported_shape",
      path: path,
      message: `expected an HSDS object or an array of them, got ${describe(value)}; left out`,
    });
    return;
  }
  const kind = kindOf(value);
  switch (kind) {
    case "page":
      importValue(ctx, value["contents"], [...path, "contents"]);
      return;
    case "tabular": {
      const tables = new Map<string, Rec[]>();
      for (const [key, rows] of Object.entries(value)) {
        if (!Array.isArray(rows)) continue;
        tables.set(tableName(key), rows.filter(isRecord));
      }
      assembleTabular(ctx, tables);
      return;
    }
    case "wrapper":
      for (const org of records(at(ctx, value, path), "organizations"))
        importValue(ctx, org, [...path, "organizations"]);
      importValue(ctx, value["services"] ?? [], [...path, "services"]);
      return;
    case "root":
      report(ctx, {
        severity: "info",
        code: "record_without_service",
        path: path,
        message: `API root document (HSDS ${describe(value["version"])}); it lists no services`,
      });
      return;
    case "service":
      buildService(ctx, value, { path });
      return;
    case "sal": {
      const service = record(at(ctx, value, path), "service");
      if (service === undefined) {
        report(ctx, {
          severity: "error",
          code: "record_without_service",
          path: path,
          message: "service_at_location without its service; left out",
          recordId: str(at(ctx, value, path), "id"),
        });
        return;
      }
      const sal = Object.fromEntries(Object.entries(value).filter(([k]) => k !== "service"));
      buildService(ctx, service, { path: [...path, "service"], sals: [sal] });
      return;
    }
    case "organisation": {
      const id = str(at(ctx, value, path), "id");
      const org = Object.fromEntries(Object.entries(value).filter(([k]) => k !== "services"));
      for (const loc of records(at(ctx, value, path), "locations")) {
        const locId = str(at(ctx, loc, [...path, "locations"]), "id");
        if (locId !== undefined) ctx.locations.set(locId, loc);
      }
      if (id !== undefined) ctx.organisations.set(id, org);
      const services = records(at(ctx, value, path), "services");
      if (services.length === 0) {
        report(ctx, {
          severity: "info",
          code: "record_without_service",
          path: path,
          message: "organization lists no services; nothing to import",
          recordId: id,
        });
      }
      services.forEach((s, i) => {
        buildService(ctx, s, { path: [...path, "services", i], organisation: org });
      });
      return;
    }
    case "location": {
      const id = str(at(ctx, value, path), "id");
      if (id !== undefined) ctx.locations.set(id, value);
      report(ctx, {
        severity: "info",
        code: "record_without_service",
        path: path,
        message: "location without a service; kept for lookups only",
        recordId: id,
      });
      return;
    }
    case "term": {
      const id = str(at(ctx, value, path), "id");
      if (id !== undefined) ctx.terms.set(id, value);
      return;
    }
    case "taxonomy":
      // Open Referral UK 3.0 nests the taxonomy's terms in it.
      records(at(ctx, value, path), "taxonomy_terms").forEach((term, i) => {
        const id = str(at(ctx, term, [...path, "taxonomy_terms", i]), "id");
        const detail = Object.fromEntries(
          Object.entries(value).filter(([k]) => k !== "taxonomy_terms"),
        );
        if (id !== undefined) ctx.terms.set(id, { ...term, taxonomy_detail: detail });
      });
      if (Array.isArray(value["taxonomy_terms"])) return;
      report(ctx, {
        severity: "info",
        code: "record_without_service",
        path: path,
        message: "taxonomy document; it lists no services",
        recordId: str(at(ctx, value, path), "id"),
      });
      return;
    case "unknown":
      report(ctx, {
        severity: "error",
        code: "unsupported_shape",
        path: path,
        message:
          "not a recognisable HSDS service, organization, location, service_at_location, page or taxonomy record; left out",
      });
      return;
  }
}

/**
 * Imports an HSDS 3.0 or 3.1 JSON document — a service, organisation, service_at_location or
 * location, a paginated list of them, an array, or the tabular JSON — into normalised service
 * offers. It is tolerant where real feeds are messy (non-UUID ids, missing optional parts) and
 * strict where the data would mislead (impossible coordinates, min age above max age): every
 * record or field it cannot use is reported with the reason, never dropped silently. It never
 * throws, whatever the input (only options of the wrong type are `invalid_argument`).
 *
 * @param input - Parsed JSON from a feed (`JSON.parse` of a file or an API response).
 * @param options - The feed's name and how to read age limits.
 * @returns The offers, every issue found (at most 100 of each kind at each place, then one
 *   issue counting the rest), and taxonomy terms found outside services.
 * @throws CarerKitError `invalid_argument` when `options` is not of its documented type.
 * @example
 * const { offers, issues } = fromHsds(await (await fetch(url)).json(), { source: "norfolk" });
 * for (const issue of issues) if (issue.severity === "error") console.warn(issue.message);
 */
export function fromHsds(input: unknown, options: FromHsdsOptions = {}): DirectoryImport {
  checkImportOptions("fromHsds", options);
  const refused = jsonProblem(input);
  if (refused !== undefined) return refusedImport(refused);
  const detected = detectDirectoryFormat(input);
  const format = detected.success ? detected.data : undefined;
  if (format?.profile === "oruk" && format.generation === "1")
    return { ...fromOpenReferralUk(input, options), format };
  const ctx = newContext(options.source ?? "hsds", options.agesApplyTo ?? "carer");
  if (detected.success) importValue(ctx, input, []);
  else ctx.issues.push(detected.error);
  if (ctx.offers.length === 0 && ctx.issues.length === 0 && ctx.terms.size === 0) {
    report(ctx, {
      severity: "info",
      code: "record_without_service",
      path: [],
      message: "the document holds no services",
    });
  }
  const taxonomyTerms = collectedTerms(ctx, ["taxonomy_terms"]);
  const out = { offers: ctx.offers, issues: ctx.issues, taxonomyTerms };
  const tabular = isTabularJson(input) ? tabularJsonTables(input) : undefined;
  return {
    ...out,
    issues: capIssues(out.issues),
    format,
    conservation:
      tabular === undefined ? conserveJson(input, out) : conserveTabular(tabular, "hsds3", out),
  };
}
