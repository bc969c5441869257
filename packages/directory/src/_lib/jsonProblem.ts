// Refuses, before any other walk, values that parsed JSON never is and that would make the
// importers' walks unbounded: cycles, sparse arrays (a length with no elements behind it) and
// shared sub-trees that expand past MAX_JSON_VALUES (each counted as often as it appears, as
// JSON.stringify would write it). Iterative, and linear in the distinct objects.
import type { DirectoryIssue } from "../offer/issue.ts";
import { must } from "./must.ts";

/** The most values (objects, arrays and scalars, as written out) an import reads. */
export const MAX_JSON_VALUES = 10_000_000;

interface Frame {
  readonly node: object;
  readonly children: readonly unknown[];
  next: number;
  total: number;
}

function childrenOf(node: object): readonly unknown[] | undefined {
  if (!Array.isArray(node)) return Object.values(node as Readonly<Record<string, unknown>>);
  const list: readonly unknown[] = node;
  for (let i = 0; i < list.length; i++) if (!(i in list)) return undefined;
  return list;
}

function refuse(message: string): DirectoryIssue {
  return { code: "unsupported_shape", severity: "error", path: [], message: `(root): ${message}` };
}

const CYCLE = "not JSON: an object contains itself; nothing imported";
const SPARSE = "not JSON: a sparse array (one with holes); nothing imported";
const TOO_BIG = `more than ${MAX_JSON_VALUES} values; nothing imported`;

/** The reason a value cannot be read as JSON, or undefined when it can. */
export function jsonProblem(value: unknown): DirectoryIssue | undefined {
  // Each object's expanded size once known; -1 while it is being walked (a cycle if met again).
  const sizes = new Map<object, number>();
  const frames: Frame[] = [{ node: [], children: [value], next: 0, total: 0 }];
  while (frames.length > 0) {
    const top = must(frames.at(-1));
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (typeof child !== "object" || child === null) top.total++;
      else {
        const known = sizes.get(child);
        if (known === -1) return refuse(CYCLE);
        if (known !== undefined) top.total += known;
        else {
          const children = childrenOf(child);
          if (children === undefined) return refuse(SPARSE);
          sizes.set(child, -1);
          frames.push({ node: child, children, next: 0, total: 1 });
        }
      }
      if (top.total > MAX_JSON_VALUES) return refuse(TOO_BIG);
      continue;
    }
    frames.pop();
    sizes.set(top.node, top.total);
    const parent = frames[frames.length - 1];
    if (parent !== undefined) parent.total += top.total;
    if ((parent?.total ?? 0) > MAX_JSON_VALUES) return refuse(TOO_BIG);
  }
  return undefined;
}
