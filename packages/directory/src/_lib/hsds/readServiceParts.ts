import type { DeliveryMode } from "../../offer/delivery.ts";
import type { OfferPhone } from "../../offer/phone.ts";
import type { OfferSchedule } from "../../offer/schedule.ts";
import type { OfferServiceArea } from "../../offer/serviceArea.ts";
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { at, type Cursor, date, dateTime, type Rec, record, records, str } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";
import type { ServiceIdentity } from "./claimServiceIdentity.ts";
import { findOrganisationById } from "./findOrganisationById.ts";
import { optional } from "./optional.ts";
import { readAges } from "./readAges.ts";
import { readAreas } from "./readAreas.ts";
import { readAttributes } from "./readAttributes.ts";
import { readCosts } from "./readCosts.ts";
import { readLanguages } from "./readLanguages.ts";
import { readOrganisation } from "./readOrganisation.ts";
import { readPhones } from "./readPhones.ts";
import { readSchedules } from "./readSchedules.ts";
import { readStatus } from "./readStatus.ts";

/** The fields every offer of a service copies unchanged. */
export type ServiceFields = Pick<
  ServiceOffer,
  | "source"
  | "serviceId"
  | "name"
  | "description"
  | "status"
  | "url"
  | "email"
  | "organisation"
  | "carerAges"
  | "caredForAges"
  | "eligibilityDescription"
  | "feesDescription"
  | "assuredDate"
  | "lastModified"
  | "alert"
  | "terms"
  | "costs"
>;

/** What the offers of one service share, before any service_at_location is applied. */
export interface ServiceParts {
  readonly fields: ServiceFields;
  /** Delivery modes from the service's attributes. */
  readonly delivery: readonly DeliveryMode[];
  readonly phones: readonly OfferPhone[];
  readonly contactPhones: readonly OfferPhone[];
  readonly schedules: readonly OfferSchedule[];
  readonly serviceAreas: readonly OfferServiceArea[];
  readonly languages: ServiceOffer["languages"];
}

/** The phones of every contact of a service. */
function readContactPhones(ctx: BuildContext, c: Cursor): OfferPhone[] {
  return records(c, "contacts").flatMap((contact, i) => {
    const here = [...c.path, "contacts", i];
    return readPhones(ctx, records(at(ctx, contact, here), "phones"), [...here, "phones"]);
  });
}

/**
 * Reads everything of an HSDS service record that its offers share. `parentOrganisation` is
 * the organisation the service was nested in, if any.
 */
export function readServiceParts(
  ctx: BuildContext,
  c: Cursor,
  known: { readonly identity: ServiceIdentity; readonly parentOrganisation: Rec | undefined },
): ServiceParts {
  const { id, name } = known.identity;
  const path = c.path;
  const status = readStatus(c, id);
  const ages = readAges(c, id);
  // Nested in the service, else the organisation the service was nested in, else by id.
  const orgRec =
    record(c, "organization") ?? known.parentOrganisation ?? findOrganisationById(ctx, c, id);
  const organisation =
    orgRec === undefined ? undefined : readOrganisation(ctx, orgRec, [...path, "organization"]);
  const phones = readPhones(ctx, records(c, "phones"), [...path, "phones"]);
  const contactPhones = readContactPhones(ctx, c);
  const schedules = readSchedules(ctx, records(c, "schedules"), [...path, "schedules"]);
  const serviceAreas = readAreas(ctx, records(c, "service_areas"), [...path, "service_areas"]);
  const languages = readLanguages(ctx, records(c, "languages"), [...path, "languages"]);
  const attrs = readAttributes(
    ctx,
    { list: records(c, "attributes"), path: [...path, "attributes"] },
    id,
  );
  const costs = readCosts(
    ctx,
    { list: records(c, "cost_options"), path: [...path, "cost_options"] },
    id,
  );
  const fields: ServiceFields = {
    source: ctx.source,
    serviceId: id,
    name,
    ...optional("description", str(c, "description")),
    status,
    ...optional("url", str(c, "url")),
    ...optional("email", str(c, "email")),
    ...optional("organisation", organisation),
    ...optional(ctx.agesApplyTo === "carer" ? "carerAges" : "caredForAges", ages),
    ...optional("caredForAges", attrs.caredForAges),
    ...optional("eligibilityDescription", str(c, "eligibility_description")),
    ...optional("feesDescription", str(c, "fees_description") ?? str(c, "fees")),
    ...optional("assuredDate", date(c, "assured_date")),
    ...optional("lastModified", dateTime(c, "last_modified")),
    ...optional("alert", str(c, "alert")),
    terms: attrs.terms,
    costs,
  };
  return {
    fields,
    delivery: attrs.delivery,
    phones,
    contactPhones,
    schedules,
    serviceAreas,
    languages,
  };
}
