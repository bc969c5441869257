// The shapes of a Crosswalk and of CrosswalkAdditions, checked where they are passed in.
import { ConditionCategorySchema, SupportNeedDomainSchema } from "@carerkit/core";
import { z } from "zod";

const words = z.array(z.string());

/** A full crosswalk: every need and every condition. */
export const CrosswalkShape = z.looseObject({
  needs: z.record(SupportNeedDomainSchema, z.looseObject({ terms: words, keywords: words })),
  conditions: z.record(ConditionCategorySchema, words),
  synonyms: z.array(words),
});

/** Additions: any of the needs and conditions, each part optional. */
export const AdditionsShape = z.looseObject({
  needs: z
    .partialRecord(
      SupportNeedDomainSchema,
      z.looseObject({ terms: words.optional(), keywords: words.optional() }),
    )
    .optional(),
  conditions: z.partialRecord(ConditionCategorySchema, words).optional(),
  synonyms: z.array(words).optional(),
});
