// Charts for the HTML report: Vega-Lite specifications compiled to Vega and rendered to SVG
// strings headlessly (vega's `View.toSVG()` with `renderer: "none"`: no DOM, no canvas).
// vega is ESM-only with top-level await, so it is loaded on first use with a dynamic import:
// `require("@carerkit/evaluation/report")` then works from CommonJS too, and reading a CSV
// never loads the charting code. vega and vega-lite are optional peer dependencies: installing
// the statistics alone does not bring them, and a report without them says what to install.
import { CarerKitError } from "@carerkit/core";
import type * as Vega from "vega";
import type * as VegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import type { ConfidenceInterval } from "../types.ts";

const CONFIG = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: "start" },
  view: { stroke: null },
} as const;

const BLUE = "#005eb8"; // NHS blue
const ORANGE = "#ed8b00";
const GREY = "#768692";
const GREEN = "#007f3b";
const RED = "#d5281b";

/** True for the error Node (ESM or CJS) or a bundler raises when a package is not installed. */
function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

/** Loads vega and vega-lite, or throws `missing_dependency` naming what to install. */
async function loadCharting(): Promise<[typeof Vega, typeof VegaLite]> {
  try {
    return await Promise.all([import("vega"), import("vega-lite")]);
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw new CarerKitError(
      "missing_dependency",
      "Report charts need the optional peer dependencies vega and vega-lite: npm i vega@^6.4.0 vega-lite@~6.4.3",
      { cause: error },
    );
  }
}

/** Renders a Vega-Lite specification to an SVG string, with no DOM and no network. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [{ parse, View }, { compile }] = await loadCharting();
  const vegaSpec = compile({ ...spec, config: CONFIG }).spec;
  const view = new View(parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Long-format rows of the shown cells of a published table. */
function cellsOf(
  table: PublishedTable,
): { row: string; order: number; column: string; value: number }[] {
  return table.cells.flatMap((cells, r) =>
    cells.flatMap((cell, c) =>
      cell.value === null
        ? []
        : [
            {
              row: table.rows[r] ?? "",
              order: r,
              column: table.columns[c] ?? "",
              value: cell.value,
            },
          ],
    ),
  );
}

/**
 * Whether small-number suppression leaves a bar chart of the table with nothing to draw: some
 * cells are suppressed and every shown cell is zero. Drawn, it would be an empty plot with a
 * degenerate axis; only some bars suppressed still makes a chart.
 */
export function everyBarWithheld(table: PublishedTable): boolean {
  const cells = table.cells.flat();
  return (
    cells.some((cell) => cell.value === null) && cells.every((cell) => (cell.value ?? 0) === 0)
  );
}

/** What differs between the grouped bar charts. */
interface GroupedBars {
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly colours: readonly string[];
}

/** Grouped bars: one group per table row, one bar per column, in table order. */
function groupedBarsSpec(table: PublishedTable, bars: GroupedBars): TopLevelSpec {
  return {
    title: bars.title,
    width: 520,
    height: 220,
    data: { values: cellsOf(table) },
    mark: { type: "bar" },
    encoding: {
      x: {
        field: "row",
        type: "ordinal",
        sort: table.rows,
        title: bars.xTitle,
        axis: { labelAngle: 0 },
      },
      xOffset: { field: "column", sort: table.columns },
      y: { field: "value", type: "quantitative", title: bars.yTitle },
      color: {
        field: "column",
        title: null,
        sort: table.columns,
        scale: { domain: table.columns, range: bars.colours },
      },
    },
  } as TopLevelSpec;
}

/** Grouped bars of score bins, before vs after. */
export function distributionSpec(table: PublishedTable, measure: string): TopLevelSpec {
  return groupedBarsSpec(table, {
    title: `${measure} before and after`,
    xTitle: `${measure} score`,
    yTitle: "People",
    colours: [GREY, BLUE],
  });
}

/** Bars of the change per person, coloured by better / no change / worse. */
export function changeSpec(table: PublishedTable, measure: string): TopLevelSpec {
  const values = cellsOf(table).map((d) => {
    const start = Number.parseFloat(d.row);
    const end = Number.parseFloat(d.row.split(" to ").at(-1) ?? d.row);
    const kind = end < 0 ? "Worse" : start > 0 ? "Better" : "No change / mixed";
    return { ...d, kind };
  });
  return {
    title: `Change per person in ${measure} (positive = better)`,
    width: 520,
    height: 200,
    data: { values },
    mark: { type: "bar" },
    encoding: {
      x: {
        field: "row",
        type: "ordinal",
        sort: table.rows,
        title: "Change in score",
        axis: { labelAngle: -30 },
      },
      y: { field: "value", type: "quantitative", title: "People" },
      color: {
        field: "kind",
        title: null,
        scale: { domain: ["Worse", "No change / mixed", "Better"], range: [RED, GREY, GREEN] },
      },
    },
  } as TopLevelSpec;
}

/** A Kaplan–Meier step curve with its confidence band. */
export function retentionSpec(
  curve: readonly {
    readonly session: number;
    readonly retained: number;
    readonly confidenceInterval: ConfidenceInterval;
  }[],
): TopLevelSpec {
  const values = curve.map((s) => ({
    session: s.session,
    retained: s.retained,
    lower: s.confidenceInterval.lower,
    upper: s.confidenceInterval.upper,
  }));
  return {
    title: "Still attending after each session (Kaplan–Meier)",
    width: 520,
    height: 220,
    data: { values },
    encoding: {
      x: {
        field: "session",
        type: "quantitative",
        title: "Session",
        axis: { tickMinStep: 1, format: "d" },
      },
    },
    layer: [
      {
        mark: { type: "area", interpolate: "step-after", opacity: 0.2, color: BLUE },
        encoding: {
          y: {
            field: "lower",
            type: "quantitative",
            scale: { domain: [0, 1] },
            axis: { format: "%" },
            title: "Retained",
          },
          y2: { field: "upper" },
        },
      },
      {
        mark: { type: "line", interpolate: "step-after", color: BLUE, strokeWidth: 2, point: true },
        encoding: { y: { field: "retained", type: "quantitative" } },
      },
    ],
  };
}

/** Grouped bars of carers identified and supported per period. */
export function reachSpec(table: PublishedTable): TopLevelSpec {
  return groupedBarsSpec(table, {
    title: "Carers identified and supported by period",
    xTitle: "Period",
    yTitle: "Carers",
    colours: [ORANGE, BLUE],
  });
}

/** Bars of a published table's columns per row (casework by kind, outreach by kind of event). */
export function countBarsSpec(
  table: PublishedTable,
  titles: { readonly title: string; readonly xTitle: string; readonly yTitle: string },
): TopLevelSpec {
  return groupedBarsSpec(table, { ...titles, colours: [BLUE, ORANGE, GREEN, GREY, RED] });
}
