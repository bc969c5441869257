import { describe, expect, it } from "vitest";
import { createGazetteerGeocoder } from "./createGazetteerGeocoder.ts";

describe("createGazetteerGeocoder", () => {
  const geocoder = createGazetteerGeocoder();

  it("resolves full postcodes in any case and spacing to their district", () => {
    expect(geocoder.geocode("nr2 4aa")).toEqual({
      success: true,
      data: { lat: 52.63, lon: 1.28, precision: "district", label: "NR2" },
    });
    expect(geocoder.geocode("SW1A1AA")).toMatchObject({ success: true, data: { label: "SW1A" } });
    expect(geocoder.geocode("NR7")).toMatchObject({ success: true, data: { label: "NR7" } });
  });

  it("tells an invalid postcode from one it does not know, without echoing the input", () => {
    const invalid = geocoder.geocode("not a postcode");
    expect(!invalid.success && invalid.error.code).toBe("invalid_postcode");
    expect(!invalid.success && invalid.error.message).not.toContain("not a postcode");
    expect(geocoder.geocode("ZE1 0AA")).toMatchObject({
      success: false,
      error: { code: "unknown_postcode" },
    });
  });

  it("works over a custom gazetteer", () => {
    const custom = createGazetteerGeocoder([
      { outcode: "ZE1", lat: 60.15, lon: -1.15, label: "Lerwick" },
    ]);
    expect(custom.geocode("ZE1 0AA")).toMatchObject({ success: true, data: { lat: 60.15 } });
  });
});
