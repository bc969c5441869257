// The private half of a DirectoryIndex, kept in a WeakMap so the public type stays small.
import type KDBush from "kdbush";
import type MiniSearch from "minisearch";
import type { SupportNeedDomain } from "@carerkit/core";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import type { Crosswalk } from "../vocabulary/defaultCrosswalk.ts";
import type { Box } from "./geo.ts";
import type { OfferProfile } from "./profile.ts";

export interface IndexInternals {
  readonly offers: readonly ServiceOffer[];
  readonly profiles: readonly OfferProfile[];
  readonly crosswalk: Crosswalk;
  readonly timeZone: string;
  /** Offer indices meeting each need, ascending. */
  readonly needPostings: ReadonlyMap<SupportNeedDomain, Uint32Array>;
  /** Offer indices per normalised taxonomy term name, code or URI. */
  readonly termPostings: ReadonlyMap<string, readonly number[]>;
  /** Offers reachable without travel (phone, online, home visit) and not limited to a mapped area. */
  readonly anywhere: Uint8Array;
  /** Offers reachable without travel but only within a mapped service area: offer index and box. */
  readonly areaBound: readonly { readonly index: number; readonly box: Box }[];
  /** Offers without usable coordinates that are not reachable anywhere. */
  readonly unlocated: Uint8Array;
  readonly spatial: KDBush | undefined;
  /** kdbush item id → offer index. */
  readonly spatialIds: Uint32Array;
  readonly text: MiniSearch;
}

export const INTERNALS = new WeakMap<object, IndexInternals>();
