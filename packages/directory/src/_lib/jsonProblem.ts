// Refuses, before any other walk, values that parsed JSON never is and that would make the
// importers' walks unbounded: cycles, sparse arrays (a length with no elements behind it) and
// shared sub-trees that expand past MAX_JSON_VALUES (each counted as often as it appears, as
// JSON.stringify would write it). Iterative, and linear in the distinct objects.
import type { DirectoryIssue } from "../offer/issue.ts";

/** The most values (objects, arrays and scalars, as written out) an import reads. */
export const MAX_JSON_VALUES = 10_000_000;

interface Frame {
  readonly node: object;
  readonly children: readonly unknown[];
  next: number;
  total: number;
}

function childrenOf(node: object): readonly unknown[] | undefined {
  if (!Array.isArray(node)) return Object.values(node);
  for (let i = 0; i < node.length; i++) if (!(i in node)) return undefined;
  return node as unknown[];
}

function refuse(message: string): DirectoryIssue {
  return { code: "unsupported_shape", severity: "error", path: [], message: `(root): ${message}` };
}

/** The reason a value cannot be read as JSON, or undefined when it can. */
export function jsonProblem(value: unknown): DirectoryIssue | undefined {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const frames: Frame[] = [];
  let total = 0;
  /** Counts a leaf or a finished object, or opens a frame (then returns 0). */
  const enter = (v: unknown): number | DirectoryIssue => {
    if (typeof v !== "object" || v === null) return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    if (open.has(v)) return refuse("not JSON: an object contains itself; nothing imported");
    const children = childrenOf(v);
    if (children === undefined)
      return refuse("not JSON: a sparse array (one with holes); nothing imported");
    open.add(v);
    frames.push({ node: v, children, next: 0, total: 1 });
    return 0;
  };
  const add = (n: number): DirectoryIssue | undefined => {
    const top = frames.at(-1);
    if (top === undefined) total += n;
    else top.total += n;
    return (top?.total ?? total) > MAX_JSON_VALUES
      ? refuse(`more than ${MAX_JSON_VALUES} values; nothing imported`)
      : undefined;
  };
  const first = enter(value);
  if (typeof first !== "number") return first;
  if (first > 0) return undefined;
  for (let top = frames.at(-1); top !== undefined; top = frames.at(-1)) {
    if (top.next < top.children.length) {
      const counted = enter(top.children[top.next++]);
      if (typeof counted !== "number") return counted;
      const tooBig = counted > 0 ? add(counted) : undefined;
      if (tooBig !== undefined) return tooBig;
      continue;
    }
    frames.pop();
    open.delete(top.node);
    sizes.set(top.node, top.total);
    const tooBig = add(top.total);
    if (tooBig !== undefined) return tooBig;
  }
  return undefined;
}
