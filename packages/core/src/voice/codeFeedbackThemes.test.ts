import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { SYNTHETIC_FEEDBACK } from "../__fixtures__/synthetic.ts";
import { parseFeedback } from "../feedback/parseFeedback.ts";
import { codeFeedbackThemes } from "./codeFeedbackThemes.ts";

const FEEDBACK = deepFreeze(parseFeedback(SYNTHETIC_FEEDBACK));

describe("codeFeedbackThemes", () => {
  it("codes feedback with themes from the default codebook, each once", () => {
    const result = codeFeedbackThemes(FEEDBACK, ["peer_support", "breaks", "peer_support"]);
    expect(result.success && result.data.themes).toEqual(["peer_support", "breaks"]);
  });

  it("uses a service's own codebook and names every unknown code", () => {
    const codebook = { themes: [{ code: "parking", label: "Parking at the hospice" }] };
    expect(codeFeedbackThemes(FEEDBACK, ["parking"], codebook).success).toBe(true);
    const result = codeFeedbackThemes(FEEDBACK, ["parking", "breaks", "food"], codebook);
    expect(!result.success && result.error.map((i) => [i.code, i.path])).toEqual([
      ["unknown_theme", ["themes", 1]],
      ["unknown_theme", ["themes", 2]],
    ]);
  });
});
