import type { Facilitator } from "../../rostering/types.ts";

/** How many sessions each facilitator was given, by id (0 for those given none). */
export function loadOf(
  facilitators: readonly Facilitator[],
  assigned: readonly (readonly number[])[],
): Record<string, number> {
  const load: Record<string, number> = {};
  for (const f of facilitators) load[f.id] = 0;
  for (const list of assigned)
    for (const fi of list) {
      const id = facilitators[fi]?.id ?? "";
      load[id] = (load[id] ?? 0) + 1;
    }
  return load;
}
