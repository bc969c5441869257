import { err, ok, type Result } from "@carerkit/core";
import { z } from "zod";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import type { Checklist } from "./types.ts";

const DomainSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  description: z.string().optional(),
});

const ChecklistSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  domains: z.array(DomainSchema).min(1),
});

/**
 * Validates checklist content loaded at run time, e.g. a licence holder's own tool: the shape,
 * at least one domain, and unique domain ids.
 *
 * @param input - Parsed JSON or any value.
 * @returns The checklist, or an `invalid_checklist` error listing every problem.
 * @example
 * const loaded = safeParseChecklist(JSON.parse(licensedJson));
 * if (loaded.success) prioritiseNeeds(loaded.data, completed);
 */
export function safeParseChecklist(input: unknown): Result<Checklist, AssessmentError> {
  const parsed = ChecklistSchema.safeParse(input);
  const issues: AssessmentIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
        return {
          code: "missing_field",
          path,
          message: `${path.join(".") || "checklist"}: ${issue.message}`,
        };
      });
  if (parsed.success) {
    const seen = new Set<string>();
    parsed.data.domains.forEach((domain, i) => {
      if (seen.has(domain.id))
        issues.push({
          code: "duplicate_id",
          path: ["domains", i, "id"],
          message: `domains.${i}.id: domain id ${domain.id} is used more than once`,
        });
      seen.add(domain.id);
    });
  }
  if (!parsed.success || issues.length > 0)
    return err({
      code: "invalid_checklist",
      message: `checklist: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  return ok(parsed.data);
}
