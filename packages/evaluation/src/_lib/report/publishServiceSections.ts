import { summariseCasework } from "../../casework/summariseCasework.ts";
import type { CountTableInput } from "../../disclosure/suppressSmallNumbers.ts";
import { breakDownFairness } from "../../fairness/breakDownFairness.ts";
import { summariseOutreach } from "../../outreach/summariseOutreach.ts";
import type { ServiceRecords, ServiceSections } from "../../report/types.ts";
import { summariseComplaintHandling } from "../../voice/summariseComplaintHandling.ts";
import { summariseFeedbackThemes } from "../../voice/summariseFeedbackThemes.ts";
import { summariseSessionFeedback } from "../../voice/summariseSessionFeedback.ts";
import { isSmall } from "./isSmall.ts";
import { oneWay } from "./oneWay.ts";
import { NO_ROW_TOTALS, type ReportPublisher } from "./reportPublisher.ts";

const NO_COLUMN_TOTALS = { columnTotals: false } as const;

// A published table names no member of staff: workers become "Worker 1", "Worker 2"… in the
// order of their ids (the management view keeps the ids, in summariseCasework's byWorker).
const withOrdinalWorkers = (table: CountTableInput): CountTableInput => ({
  ...table,
  rows: table.rows.map((_, i) => `Worker ${i + 1}`),
});

function casework(records: ServiceRecords, pub: ReportPublisher): ServiceSections["casework"] {
  if (records.contacts === undefined) return null;
  const s = summariseCasework(records.contacts);
  return {
    carersSupported: pub.publish(
      oneWay(
        [
          ["Carers supported", s.carers],
          ["Support contacts", s.contacts],
        ],
        "Count",
      ),
      NO_COLUMN_TOTALS,
    ),
    contactsByKind: pub.publish(s.byMonth),
    // A carer helped in two ways counts in two rows: no column totals.
    carersByKind: pub.publish(s.carersByKind, NO_COLUMN_TOTALS),
    byWorker: pub.publish(withOrdinalWorkers(s.byWorker)),
  };
}

function outreach(records: ServiceRecords, pub: ReportPublisher): ServiceSections["outreach"] {
  if (records.outreach === undefined) return null;
  const s = summariseOutreach(records.outreach, { confidenceLevel: pub.level });
  const c = s.conversion;
  return {
    byKind: pub.publish(s.byKind, NO_ROW_TOTALS),
    conversion:
      c === null
        ? pub.failed("no event recorded referrals")
        : c.total < pub.minimumN || isSmall(c.count, c.total, pub.rule)
          ? pub.withheld()
          : { percentage: 100 * c.proportion, confidenceInterval: c.confidenceInterval },
  };
}

function voice(records: ServiceRecords, pub: ReportPublisher): ServiceSections["voice"] {
  const feedback = records.feedback;
  if (feedback === undefined) return null;
  const themes = summariseFeedbackThemes(feedback.items, { codebook: feedback.codebook });
  const complaints = summariseComplaintHandling(feedback.items, feedback.asOf, {
    holidays: feedback.holidays,
    acknowledgeWithinWorkingDays: feedback.acknowledgeWithinWorkingDays,
  });
  return {
    // One piece of feedback may carry several themes: no column totals.
    themes: pub.publish(themes.byTheme, NO_COLUMN_TOTALS),
    kinds: pub.publish(themes.byKind),
    acknowledgement: pub.publish(complaints.acknowledgement),
    sessionRatings: pub.publish(summariseSessionFeedback(feedback.items).ratings),
  };
}

/** The casework, outreach, fairness and carer-voice sections, each protected by the report's rule. */
export function publishServiceSections(
  records: ServiceRecords | undefined,
  pub: ReportPublisher,
): ServiceSections {
  const given = records ?? {};
  return {
    casework: casework(given, pub),
    outreach: outreach(given, pub),
    fairness:
      given.fairness === undefined
        ? null
        : breakDownFairness(given.fairness, { rule: pub.rule }).tables,
    voice: voice(given, pub),
  };
}
