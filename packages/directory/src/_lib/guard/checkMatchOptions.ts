import { checkArgument, invalidArgument } from "@carerkit/core";
import type { MatchOptions } from "../../match/types.ts";
import { checkClosedDates } from "./checkClosedDates.ts";
import { checkHorizon } from "./checkHorizon.ts";
import { checkOptions } from "./checkOptions.ts";

/** Checks {@link matchServices}' options: each, when given, of its documented type. */
export function checkMatchOptions(options: unknown): void {
  const fn = "matchServices";
  checkOptions(fn, options);
  const { geocoder, closedDates, staleAfterDays, horizonDays } = (options ?? {}) as {
    readonly [K in keyof MatchOptions]?: unknown;
  };
  if (geocoder !== undefined) {
    if (typeof geocoder !== "object" || geocoder === null)
      throw invalidArgument(
        fn,
        { "options.geocoder": geocoder },
        "an object with a geocode method",
      );
    const { geocode } = geocoder as { readonly geocode?: unknown };
    checkArgument(fn, { "options.geocoder.geocode": geocode }, "function");
  }
  checkClosedDates(fn, closedDates);
  if (staleAfterDays !== undefined)
    checkArgument(fn, { "options.staleAfterDays": staleAfterDays }, "finite number");
  checkHorizon(fn, horizonDays);
}
