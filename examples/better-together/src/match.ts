// Step 3: match each carer to local services for their top needs with @carerkit/directory.
// The directory is the fictional town's HSDS 3 feed; postcodes are geocoded with the town's own
// small gazetteer (fictional ZZ districts), so distances are between invented points.
import { calculateAge } from "@carerkit/core";
import {
  buildDirectoryIndex,
  createGazetteerGeocoder,
  fromHsds,
  matchServices,
  type DirectoryImport,
  type GazetteerEntry,
  type NearMiss,
  type ServiceMatch,
} from "@carerkit/directory";
import { toSupportNeedDomains, type PrioritisedNeed } from "@carerkit/assessment";
import type { AssessedCarer } from "./assess.ts";

/** Services found for one need. */
export interface NeedMatches {
  readonly need: PrioritisedNeed;
  readonly matches: readonly ServiceMatch[];
  readonly nearMisses: readonly NearMiss[];
}

/** A carer with the services matched to each of their top needs. */
export interface MatchedCarer extends AssessedCarer {
  readonly matched: readonly NeedMatches[];
}

/** Options for {@link matchCarers}. */
export interface MatchCarersOptions {
  /** How many of each carer's needs to match (default 3). */
  readonly topNeeds?: number;
  /** How many services to suggest per need (default 2). */
  readonly perNeed?: number;
  /** Local dates when services are closed (bank holidays). */
  readonly closedDates?: ReadonlySet<string>;
}

/**
 * Imports the directory feed and reports what could not be used.
 *
 * @param feed - The HSDS document.
 * @returns The import, with every issue.
 */
export function importDirectory(feed: unknown): DirectoryImport {
  return fromHsds(feed, { source: "hollowmere" });
}

/**
 * Matches every carer's top needs to services.
 *
 * @param carers - Assessed carers.
 * @param directory - The imported directory.
 * @param gazetteer - Postcode districts of the town.
 * @param options - How many needs and services, closure dates.
 * @returns The carers with their matches.
 */
export function matchCarers(
  carers: readonly AssessedCarer[],
  directory: DirectoryImport,
  gazetteer: readonly GazetteerEntry[],
  options: MatchCarersOptions = {},
): MatchedCarer[] {
  const index = buildDirectoryIndex(directory.offers, { timeZone: "Europe/London" });
  const geocoder = createGazetteerGeocoder(gazetteer);
  const topNeeds = options.topNeeds ?? 3;
  const perNeed = options.perNeed ?? 2;
  return carers.map((c) => {
    const asOf = c.entry.assessedOn;
    const carerAge =
      c.carer.dateOfBirth === undefined ? undefined : calculateAge(c.carer.dateOfBirth, asOf);
    const caredForAge =
      c.caredFor.dateOfBirth === undefined ? undefined : calculateAge(c.caredFor.dateOfBirth, asOf);
    const matched = c.needs.slice(0, topNeeds).map((need) => {
      // The core checklist's domains are core's support-need domains, which services declare.
      const domains = toSupportNeedDomains([need]);
      if (domains.length === 0) return { need, matches: [], nearMisses: [] };
      const result = matchServices(
        index,
        {
          asOf: new Date(`${asOf}T10:00:00Z`),
          needs: domains,
          ...(c.carer.postcode === undefined ? {} : { location: { postcode: c.carer.postcode } }),
          maxDistanceKm: 12,
          ...(carerAge === undefined ? {} : { carerAge }),
          ...(caredForAge === undefined ? {} : { caredForAge }),
          conditions: c.caredFor.conditions.map((condition) => condition.category),
          availability: c.entry.preferences.availability,
          ...(c.entry.preferences.accessibility === undefined
            ? {}
            : { accessibility: c.entry.preferences.accessibility }),
          limit: perNeed,
          nearMissLimit: 1,
        },
        {
          geocoder,
          ...(options.closedDates === undefined ? {} : { closedDates: options.closedDates }),
        },
      );
      if (!result.success)
        throw new Error(`${c.carer.id}, ${need.domain}: ${result.error.message}`);
      return { need, matches: result.data.matches, nearMisses: result.data.nearMisses };
    });
    return { ...c, matched };
  });
}
