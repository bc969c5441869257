import type { EvaluationReport, PublishedShareTable } from "../../report/types.ts";
import { oneWay } from "./oneWay.ts";
import type { PairedOutcomes } from "./pairedOutcomes.ts";
import type { ReportPublisher } from "./reportPublisher.ts";
import { shares } from "./shares.ts";

/** A one-column table of people, protected, with each row's share. */
function peopleShares(
  entries: readonly (readonly [string, number])[],
  pub: ReportPublisher,
): PublishedShareTable {
  return shares(pub.publish(oneWay(entries, "People")));
}

/**
 * How many people improved, stayed the same or deteriorated; met the minimal important change
 * (when one was given); and fell in each Jacobson–Truax category (when a reliability was given).
 */
export function publishChangeTables(
  outcomes: PairedOutcomes,
  pub: ReportPublisher,
): Pick<
  EvaluationReport["outcome"],
  "changeDirections" | "minimalImportantChange" | "reliableChange"
> {
  const { summary } = outcomes;
  const cd = summary.success ? summary.data.changeDirections : undefined;
  const changeDirections = peopleShares(
    [
      ["Improved", cd?.improved.count ?? 0],
      ["Unchanged", cd?.unchanged.count ?? 0],
      ["Deteriorated", cd?.deteriorated.count ?? 0],
    ],
    pub,
  );
  const mic = cd?.meetingMinimalImportantChange;
  const minimalImportantChange = mic
    ? peopleShares(
        [
          ["Met the minimal important change", mic.count],
          ["Did not", mic.total - mic.count],
        ],
        pub,
      )
    : null;
  const rc = summary.success ? summary.data.reliableChange : undefined;
  const reliableChange =
    rc?.success === true
      ? peopleShares(
          [
            ["Recovered (reliable and clinically significant)", rc.data.counts.recovered],
            ["Reliably improved", rc.data.counts.improved],
            ["No reliable change", rc.data.counts.unchanged],
            ["Reliably deteriorated", rc.data.counts.deteriorated],
          ],
          pub,
        )
      : null;
  return { changeDirections, minimalImportantChange, reliableChange };
}
