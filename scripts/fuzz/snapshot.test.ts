import { describe, expect, it } from "vitest";
import { snapshot } from "./snapshot.ts";

describe("snapshot", () => {
  it("changes when anything reachable is added, removed or reassigned", () => {
    const input: { items: number[]; when: Date; extra?: string } = {
      items: [1, 2],
      when: new Date(0),
    };
    const before = snapshot(input);
    input.items.push(3);
    expect(snapshot(input)).not.toBe(before);
    input.items.pop();
    expect(snapshot(input)).toBe(before);
    input.when.setTime(1);
    expect(snapshot(input)).not.toBe(before);
    input.when.setTime(0);
    input.extra = "x";
    expect(snapshot(input)).not.toBe(before);
  });

  it("never calls a getter, and copes with cycles and 10,000-deep nesting", () => {
    const hostile = Object.defineProperty({}, "boom", {
      get: () => {
        throw new Error("called");
      },
      enumerable: true,
    });
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(() => snapshot([hostile, cyclic, deep])).not.toThrow();
    expect(snapshot(cyclic)).toBe(snapshot(cyclic));
  });
});
