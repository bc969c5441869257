// The private half of a DirectoryIndex, kept in a WeakMap so the public type stays small.
import type KDBush from "kdbush";
import type MiniSearch from "minisearch";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import type { Crosswalk } from "../vocabulary/defaultCrosswalk.ts";
import type { Postings } from "./postings.ts";
import type { OfferProfile } from "./profile.ts";

export interface IndexInternals {
  readonly offers: readonly ServiceOffer[];
  readonly profiles: readonly OfferProfile[];
  readonly crosswalk: Crosswalk;
  readonly timeZone: string;
  /** Offer indices per normalised taxonomy term name, code or URI. */
  readonly termPostings: ReadonlyMap<string, readonly number[]>;
  /** Need masks, per-need posting lists and score bounds (see postings.ts). */
  readonly postings: Postings;
  readonly spatial: KDBush | undefined;
  /** kdbush item id → offer index. */
  readonly spatialIds: Uint32Array;
  /** The full-text index, built on first use. */
  readonly text: () => MiniSearch;
}

export const INTERNALS = new WeakMap<object, IndexInternals>();
