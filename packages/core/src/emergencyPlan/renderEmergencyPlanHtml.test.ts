import { describe, expect, it } from "vitest";
import { COMPLETE_PLAN, EMPTY_PLAN, PARTIAL_PLAN } from "../__fixtures__/emergencyPlans.ts";
import { renderEmergencyPlanHtml } from "./renderEmergencyPlanHtml.ts";

describe("renderEmergencyPlanHtml", () => {
  it("renders a self-contained page that fetches nothing", () => {
    const html = renderEmergencyPlanHtml(COMPLETE_PLAN);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import|https?:/i);
    expect(html).toContain("<title>Emergency plan for Pat</title>");
  });

  it("gives every table header a scope and keeps headings in order", () => {
    const html = renderEmergencyPlanHtml(COMPLETE_PLAN);
    expect(html.match(/<th(?=[ >])(?! scope="col")/g)).toBeNull();
    const levels = [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.slice(1).every((l) => l === 2)).toBe(true);
  });

  it("escapes every value", () => {
    const html = renderEmergencyPlanHtml({
      ...COMPLETE_PLAN,
      caredForName: '<script>alert("x")</script>',
      routines: ["Tea & toast <8am>"],
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Tea &amp; toast &lt;8am&gt;");
  });

  it("states the gaps of a partial plan at the top, in words", () => {
    const html = renderEmergencyPlanHtml(PARTIAL_PLAN);
    expect(html).toContain("This plan is not complete: stepIn[0]: add a phone number or email");
    expect(html).toContain('<p class="missing">Not recorded yet.</p>');
  });

  it("flags an overdue review only when a print date is given and past", () => {
    expect(renderEmergencyPlanHtml(PARTIAL_PLAN)).not.toContain("due for review");
    expect(renderEmergencyPlanHtml(PARTIAL_PLAN, { asOf: "2026-10-01" })).not.toContain(
      "due for review",
    );
    // 1 October to 22 November 2026: 30 + 22 = 52 days.
    expect(renderEmergencyPlanHtml(PARTIAL_PLAN, { asOf: "2026-11-22" })).toContain(
      "This plan was due for review on 2026-10-01 (52 days ago).",
    );
  });

  it("says every section is not recorded for an empty plan", () => {
    const html = renderEmergencyPlanHtml(EMPTY_PLAN);
    expect(html.match(/Not recorded yet\./g)).toHaveLength(7);
  });
});
