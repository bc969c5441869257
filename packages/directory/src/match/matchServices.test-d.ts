import { expectTypeOf, test } from "vitest";
import type { DirectoryIssueCode } from "../offer/issue.ts";
import { buildDirectoryIndex } from "../index/buildDirectoryIndex.ts";
import { matchServices } from "./matchServices.ts";
import type { CriterionOutcome, MatchResult } from "./types.ts";

test("matchServices narrows to matches or a coded issue", () => {
  const result = matchServices(buildDirectoryIndex([]), {
    asOf: new Date(),
    needs: ["peer_support"],
  });
  if (result.success) {
    expectTypeOf(result.data).toEqualTypeOf<MatchResult>();
    expectTypeOf(result.data.matches[0]!.criteria[0]!.state).toEqualTypeOf<
      CriterionOutcome["state"]
    >();
  } else {
    expectTypeOf(result.error.code).toEqualTypeOf<DirectoryIssueCode>();
  }
});

test("queries are checked at compile time", () => {
  // @ts-expect-error: "respite" is not a support-need domain; "breaks_from_caring" is.
  matchServices(buildDirectoryIndex([]), { asOf: new Date(), needs: ["respite"] });
});
