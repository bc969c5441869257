import { Problem } from "../http/problem.ts";

/** Whether a driver error is a PostgreSQL unique violation (SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

/**
 * Runs `work` and turns a unique violation into a 409 problem with `detail` (the driver's own
 * message quotes the values, so it is never passed on); any other error is rethrown.
 *
 * @example
 * await conflictOnDuplicate(() => ctx.db.transaction(insert), "A break with this id is already recorded.");
 */
export async function conflictOnDuplicate<T>(work: () => Promise<T>, detail: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Problem("conflict", detail);
    throw error;
  }
}
