import { itemsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Three-item UCLA Loneliness Scale (Hughes et al. 2004), the indirect measure in the ONS
 * national indicators of loneliness; scoring only. Items `ucla3_1`…`ucla3_3` (lacking
 * companionship, feeling left out, feeling isolated), each hardly ever or never = 1 / some of
 * the time = 2 / often = 3; total 3–9, higher is lonelier. No bands: neither Hughes et al. nor
 * the ONS guidance publishes a cut-off, so change is reported on the total. The ONS publishes
 * the wording in its guidance, but the items derive from the Revised UCLA Loneliness Scale
 * (Russell), whose terms we could not confirm: status `unknown`, wording via `applyTextPack`.
 *
 * @example
 * scoreInstrument(UCLA3, { ucla3_1: 2, ucla3_2: 1, ucla3_3: 3 }); // total 6
 */
export const UCLA3: Instrument = defineInstrument({
  id: "ucla3",
  title: "Three-item UCLA Loneliness Scale",
  shortTitle: "UCLA-3",
  version: "1.0.0",
  source:
    "Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT. A short scale for measuring loneliness in large surveys: results from two population-based studies. Res Aging 2004;26(6):655-672. Used in ONS, Measuring loneliness: guidance for use of the national indicators on surveys (2018).",
  licence: {
    status: "unknown",
    holder:
      "Items adapted from the Revised UCLA Loneliness Scale (Russell DW); short form by Hughes et al. 2004 (Research on Aging, SAGE)",
    url: "https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/methodologies/measuringlonelinessguidanceforuseofthenationalindicatorsonsurveys",
    attribution:
      "Three-item UCLA Loneliness Scale, Hughes ME et al., Res Aging 2004;26(6):655-672; as used in the ONS national indicators of loneliness.",
  },
  items: itemsOf(
    "ucla3",
    [
      { value: 1, code: "hardly_ever_or_never" },
      { value: 2, code: "some_of_the_time" },
      { value: 3, code: "often" },
    ],
    3,
  ),
  total: { method: "sum", label: "UCLA-3 total" },
  direction: "higher_is_worse",
  missing: { kind: "require_all" },
  notes: [
    "No bands: no cut-off is published with the scale or the ONS guidance.",
    "ONS recommends asking the direct question (how often do you feel lonely?) alongside; it is not part of this total.",
    "Licence status is unknown, so no wording is shipped; supply it with applyTextPack.",
  ],
});
