import { checkArgument } from "../errors/checkArgument.ts";
import { checkEach, checkFields } from "./checkFields.ts";
import { checkDate } from "./dateSpan.ts";

function checkStrings(fn: string, name: string, value: unknown): void {
  if (value === undefined) return;
  checkEach(fn, { [name]: value }, (item, path) => {
    checkArgument(fn, { [path]: item }, "string");
  });
}

/**
 * Checks the parts of an emergency plan the emergency-plan functions read: its ids, names and
 * dates, and each list and list item. One pass over the plan; its lists are short by schema.
 */
export function checkEmergencyPlanShape(fn: string, name: string, plan: unknown): void {
  checkFields(
    fn,
    { [name]: plan },
    {
      id: "string",
      carerId: "string",
      caredForId: "string",
      carerName: "string",
      caredForName: "string",
      notes: "string?",
      stepIn: "array?",
      medication: "array?",
      professionals: "array?",
      confirmedNone: "array?",
    },
  );
  const record = plan as Readonly<Record<string, unknown>>;
  checkDate(fn, { [`${name}.updatedOn`]: record["updatedOn"] }, "ISO date");
  checkDate(fn, { [`${name}.reviewOn`]: record["reviewOn"] }, "ISO date");
  const each = (list: string, fields: Parameters<typeof checkFields>[2]): void => {
    if (record[list] === undefined) return;
    checkEach(fn, { [`${name}.${list}`]: record[list] }, (item, path) => {
      checkFields(fn, { [path]: item }, fields);
    });
  };
  each("stepIn", {
    name: "string",
    relationship: "string?",
    phone: "string?",
    email: "string?",
    availability: "string?",
    hasKey: "boolean?",
  });
  each("medication", { name: "string", dose: "string?", when: "string?", keptWhere: "string?" });
  each("professionals", { role: "string", name: "string?", phone: "string?" });
  for (const list of ["routines", "preferences", "triggers", "equipment", "confirmedNone"]) {
    checkStrings(fn, `${name}.${list}`, record[list]);
  }
}
