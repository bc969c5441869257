// The crosswalk normalised once per index, so that per-offer work is set lookups.
import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";
import { CONDITION_CATEGORIES, SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import type { Crosswalk } from "../vocabulary/defaultCrosswalk.ts";
import { normaliseText } from "./text.ts";

export interface Phrase {
  readonly original: string;
  readonly phrase: string;
  readonly tokens: readonly string[];
}

export interface CompiledCrosswalk {
  readonly needs: readonly {
    readonly domain: SupportNeedDomain;
    /** term key (normalised name, lower-cased code or URI) → the crosswalk's wording */
    readonly terms: ReadonlyMap<string, string>;
    readonly keywords: readonly Phrase[];
  }[];
  readonly conditions: readonly {
    readonly category: ConditionCategory;
    readonly phrases: readonly Phrase[];
  }[];
  /** Keyword phrases by their first token: all a text could contain. */
  readonly keywordsByFirstToken: ReadonlyMap<
    string,
    readonly { readonly domain: SupportNeedDomain; readonly phrase: Phrase }[]
  >;
}

export function compilePhrase(original: string): Phrase {
  const phrase = normaliseText(original);
  return { original, phrase, tokens: phrase === "" ? [] : phrase.split(" ") };
}

/** Whether the phrase occurs on word boundaries in text whose tokens are given. */
export function phraseIn(p: Phrase, tokens: ReadonlySet<string>, text: string): boolean {
  if (p.tokens.length === 0) return false;
  for (const t of p.tokens) if (!tokens.has(t)) return false;
  return p.tokens.length === 1 || ` ${text} `.includes(` ${p.phrase} `);
}

export function compileCrosswalk(crosswalk: Crosswalk): CompiledCrosswalk {
  const needs = SUPPORT_NEED_DOMAINS.map(({ id }) => {
    const terms = new Map<string, string>();
    for (const t of crosswalk.needs[id].terms) {
      terms.set(normaliseText(t), t);
      terms.set(t.toLowerCase(), t);
    }
    return { domain: id, terms, keywords: crosswalk.needs[id].keywords.map(compilePhrase) };
  });
  const keywordsByFirstToken = new Map<string, { domain: SupportNeedDomain; phrase: Phrase }[]>();
  for (const { domain, keywords } of needs) {
    for (const phrase of keywords) {
      const first = phrase.tokens[0];
      if (first === undefined) continue;
      const list = keywordsByFirstToken.get(first) ?? [];
      list.push({ domain, phrase });
      keywordsByFirstToken.set(first, list);
    }
  }
  return {
    needs,
    conditions: CONDITION_CATEGORIES.map(({ id }) => ({
      category: id,
      phrases: crosswalk.conditions[id].map(compilePhrase),
    })),
    keywordsByFirstToken,
  };
}
