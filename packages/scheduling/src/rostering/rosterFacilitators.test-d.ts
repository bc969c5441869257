import { describe, expectTypeOf, it } from "vitest";
import type { ProgrammeSession } from "../planning/types.ts";
import { rosterFacilitators } from "./rosterFacilitators.ts";
import type { Roster, UnstaffableSession } from "./types.ts";

declare const sessions: readonly ProgrammeSession[];

describe("rosterFacilitators types", () => {
  it("narrows to the explanation when the code is unstaffable", () => {
    const result = rosterFacilitators(sessions, []);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Roster>();
    else if (result.error.code === "unstaffable")
      expectTypeOf(result.error.sessions).toEqualTypeOf<readonly UnstaffableSession[]>();
    else
      expectTypeOf(result.error.code).toEqualTypeOf<
        "invalid_input" | "invalid_argument" | "out_of_span"
      >();
  });
});
