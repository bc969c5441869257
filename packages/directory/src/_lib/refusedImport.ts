import type { DirectoryImport } from "../offer/directoryImport.ts";
import type { DirectoryIssue } from "../offer/issue.ts";

/** The import of a value refused whole (see jsonProblem): no offers, one error, nothing counted. */
export function refusedImport(issue: DirectoryIssue): DirectoryImport {
  return {
    offers: [],
    issues: [issue],
    taxonomyTerms: [],
    format: undefined,
    conservation: { cellsIn: 0, cellsAccountedFor: 0, difference: 0, tables: [] },
  };
}
