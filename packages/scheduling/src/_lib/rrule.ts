// The one place rrule is imported. rrule 2.8.1 is "faux-ESM": its `module` entry is ESM but the
// package has no `exports` map and no `"type": "module"`, so plain Node ESM loads the UMD build
// as CommonJS and named imports fail (jkbrzt/rrule#548). A namespace import works everywhere:
// bundlers give the ESM namespace (with `RRule`), Node ESM gives `{ default: module.exports }`.
import * as rruleNamespace from "rrule";

type RRuleModule = typeof rruleNamespace;

const namespace = rruleNamespace as RRuleModule & { readonly default?: RRuleModule };
const resolved: RRuleModule =
  typeof namespace.RRule === "function" ? namespace : (namespace.default ?? namespace);

/** rrule's RRule class, resolved across Node ESM, Node CJS and bundlers. */
export const RRule = resolved.RRule;
/** rrule's Options type: always used in floating mode (no `tzid`). */
export type RRuleOptions = rruleNamespace.Options;
