import { describe, expect, it } from "vitest";
import { SYNTHETIC_CARER, SYNTHETIC_RELATIONSHIP } from "../__fixtures__/synthetic.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { endCaringRelationship } from "./endCaringRelationship.ts";
import { parseCaringRelationship } from "./parseCaringRelationship.ts";

const carer = parseCarer(SYNTHETIC_CARER);
const mum = parseCaringRelationship(SYNTHETIC_RELATIONSHIP);
const brother = parseCaringRelationship({
  ...SYNTHETIC_RELATIONSHIP,
  id: "rel-0002",
  caredForId: "person-0002",
  relationshipType: "sibling",
});

describe("endCaringRelationship", () => {
  it("makes a carer bereaved, not deleted, when the person they cared for dies", () => {
    const result = endCaringRelationship(carer, [mum], {
      relationshipId: "rel-0001",
      endDate: "2026-10-14",
      endReason: "death",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.carer).toEqual({
      ...carer,
      status: "bereaved",
      statusChangedOn: "2026-10-14",
    });
    expect(result.data.relationships).toEqual([
      { ...mum, endDate: "2026-10-14", endReason: "death" },
    ]);
  });

  it("makes a carer former when caring ends another way", () => {
    const result = endCaringRelationship(carer, [mum], {
      relationshipId: "rel-0001",
      endDate: "2026-10-14",
      endReason: "residential_care",
      endNote: "Moved to a care home nearby",
    });
    expect(result.success && result.data.carer.status).toBe("former");
  });

  it("keeps a carer active while they still care for someone else", () => {
    const result = endCaringRelationship(carer, [mum, brother], {
      relationshipId: "rel-0001",
      endDate: "2026-10-14",
      endReason: "death",
    });
    expect(result.success && result.data.carer).toBe(carer);
    expect(result.success && result.data.relationships[1]).toBe(brother);
  });

  it("refuses an end date before the start, naming endDate", () => {
    const result = endCaringRelationship(carer, [mum], {
      relationshipId: "rel-0001",
      endDate: "2020-01-01",
      endReason: "death",
    });
    expect(!result.success && result.error).toEqual({
      code: "end_before_start",
      message: "endDate: expected a date on or after startDate 2022-09-01",
      path: ["endDate"],
    });
  });

  it("refuses an unknown or already ended relationship", () => {
    const unknown = endCaringRelationship(carer, [mum], {
      relationshipId: "rel-9",
      endDate: "2026-10-14",
      endReason: "other",
    });
    expect(!unknown.success && unknown.error.code).toBe("relationship_not_found");
    const ended = { ...mum, endDate: "2025-01-01", endReason: "recovery" as const };
    const again = endCaringRelationship(carer, [ended], {
      relationshipId: "rel-0001",
      endDate: "2026-10-14",
      endReason: "death",
    });
    expect(!again.success && again.error.code).toBe("relationship_already_ended");
  });
});
