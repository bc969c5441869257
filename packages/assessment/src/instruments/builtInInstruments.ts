import type { Instrument } from "../instrument/types/instrument.ts";
import { ASCOF_CARER_QOL } from "./ascofCarerQol.ts";
import { CSI, MCSI } from "./csi.ts";
import { GAD2 } from "./gad2.ts";
import { GAD7 } from "./gad7.ts";
import { K10, K6 } from "./kessler.ts";
import { PHQ2 } from "./phq2.ts";
import { PHQ4 } from "./phq4.ts";
import { PHQ9 } from "./phq9.ts";
import { SWEMWBS } from "./swemwbs.ts";
import { WEMWBS } from "./wemwbs.ts";
import { ZBI12, ZBI22, ZBI4 } from "./zarit.ts";
import { UCLA3 } from "./ucla3.ts";
import { BRCS } from "./brcs.ts";
import { CARER_CONFIDENCE_KNOWLEDGE } from "./carerConfidenceKnowledge.ts";

/**
 * Every built-in instrument, e.g. for an instrument picker or a licence report. Check
 * `licence.status` before showing wording: only the PHQ/GAD family and CarerKit's own
 * confidence and knowledge item set ship it.
 *
 * @example
 * BUILT_IN_INSTRUMENTS.filter((i) => i.licence.status === "public_domain").map((i) => i.shortTitle);
 * //=> ["PHQ-9", "GAD-7", "PHQ-4", "PHQ-2", "GAD-2"]
 */
export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = /* @__PURE__ */ Object.freeze([
  PHQ9,
  GAD7,
  PHQ4,
  PHQ2,
  GAD2,
  WEMWBS,
  SWEMWBS,
  ZBI22,
  ZBI12,
  ZBI4,
  CSI,
  MCSI,
  K10,
  K6,
  ASCOF_CARER_QOL,
  UCLA3,
  BRCS,
  CARER_CONFIDENCE_KNOWLEDGE,
]);
