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
  /** Condition phrases by their first token. */
  readonly conditionsByFirstToken: ReadonlyMap<
    string,
    readonly { readonly category: ConditionCategory; readonly phrase: Phrase }[]
  >;
}

/** Groups phrases by their first token (a phrase without tokens can never be found). */
function byFirstToken<K extends string, T extends { readonly phrase: Phrase }>(
  groups: readonly { readonly key: K; readonly phrases: readonly Phrase[] }[],
  entry: (key: K, phrase: Phrase) => T,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const { key, phrases } of groups) {
    for (const phrase of phrases) {
      const first = phrase.tokens[0];
      if (first === undefined) continue;
      const list = map.get(first);
      if (list === undefined) map.set(first, [entry(key, phrase)]);
      else list.push(entry(key, phrase));
    }
  }
  return map;
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
  const conditions = CONDITION_CATEGORIES.map(({ id }) => ({
    category: id,
    phrases: crosswalk.conditions[id].map(compilePhrase),
  }));
  return {
    needs,
    conditions,
    keywordsByFirstToken: byFirstToken(
      needs.map((n) => ({ key: n.domain, phrases: n.keywords })),
      (domain, phrase) => ({ domain, phrase }),
    ),
    conditionsByFirstToken: byFirstToken(
      conditions.map((c) => ({ key: c.category, phrases: c.phrases })),
      (category, phrase) => ({ category, phrase }),
    ),
  };
}
