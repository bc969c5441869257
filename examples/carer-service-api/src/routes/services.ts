import { calculateAge } from "@carerkit/core";
import { createGazetteerGeocoder, matchServices, type MatchQuery } from "@carerkit/directory";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { fromIssues, Problem } from "../http/problem.ts";
import { MatchBodySchema } from "../schemas.ts";
import { loadCarer } from "./people.ts";
import type { Routes } from "./registry.ts";

// The directory package's demo gazetteer (Norwich districts and a few cities): for the example
// only. A real service implements Geocoder over the ONS Postcode Directory.
const geocoder = createGazetteerGeocoder();

/** Matching local services from the bundled synthetic HSDS directory. */
export function addServiceRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/service-matches",
      operationId: "matchServices",
      summary:
        "Find local services for a carer's needs, best first, with reasons and near misses (from the bundled synthetic HSDS feed).",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: MatchBodySchema,
      success: {
        status: 200,
        description: "Matches and near misses, each with a plain-language summary.",
      },
      problems: [422],
    },
    async (c, ctx) => {
      const body = parseWith(MatchBodySchema, await readJson(c));
      const now = deps.now();
      let carerAge: number | undefined;
      if (body.carerId !== undefined) {
        const carerId = body.carerId;
        const carer = await ctx.db
          .transaction(async (tx) => {
            const found = await loadCarer(tx, carerId);
            await ctx.audit(tx, "read", carerId);
            return found;
          })
          .catch((error: unknown) => {
            if (error instanceof Problem && error.kind === "not-found") {
              throw invalidField(
                ["carerId"],
                "unknown_carer",
                "expected the id of a registered carer",
              );
            }
            throw error;
          });
        if (carer.dateOfBirth !== undefined) {
          carerAge = calculateAge(carer.dateOfBirth, now.toISOString().slice(0, 10));
        }
      }
      const query: MatchQuery = {
        asOf: now,
        needs: body.needs,
        ...(body.postcode === undefined ? {} : { location: { postcode: body.postcode } }),
        ...(body.maxDistanceKm === undefined ? {} : { maxDistanceKm: body.maxDistanceKm }),
        ...(carerAge === undefined ? {} : { carerAge }),
        ...(body.delivery === undefined ? {} : { delivery: body.delivery }),
        ...(body.cost === undefined ? {} : { cost: body.cost }),
        limit: body.limit ?? 10,
        nearMissLimit: 5,
      };
      const result = matchServices(deps.directory, query, { geocoder });
      if (!result.success) {
        const issue = result.error;
        const onPostcode = issue.code === "invalid_postcode" || issue.code === "unknown_postcode";
        throw new Problem(
          "validation",
          "The search could not be run; see errors.",
          fromIssues([{ ...issue, ...(onPostcode ? { path: ["postcode"] } : {}) }]),
        );
      }
      const { matches, nearMisses, considered } = result.data;
      return c.json({
        considered,
        matches: matches.map((m) => ({
          id: m.offer.id,
          name: m.offer.name,
          score: m.score,
          distanceKm: m.distanceKm,
          matchedNeeds: m.matchedNeeds.map((n) => n.domain),
          reasons: m.reasons,
          summary: m.summary,
        })),
        nearMisses: nearMisses.map((m) => ({
          id: m.offer.id,
          name: m.offer.name,
          summary: m.summary,
        })),
      });
    },
  );
}
