/** A structural token on the work stack, told apart from any value the input could hold. */
class Token {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** Names a prototype by what it is, without calling anything on the value. */
function protoName(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return "null";
  if (proto === Object.prototype) return "Object";
  if (proto === Array.prototype) return "Array";
  if (proto === Date.prototype) return "Date";
  return "other";
}

function primitive(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (typeof value === "symbol") return `symbol(${value.description ?? ""})`;
  return String(value);
}

/**
 * Serialises a value deeply, cycle-safely and without triggering getters (accessors are
 * recorded by identity, never called), iteratively so a 10,000-deep array cannot overflow
 * the stack. Two snapshots of the same value differ exactly when something reachable from it
 * was changed: a property added, removed or reassigned, a Date's time, extensibility.
 *
 * @param value - The value to serialise.
 * @returns A string; compare two with `===`.
 * @example
 * const input = { items: [1, 2] };
 * const before = snapshot(input);
 * input.items.push(3);
 * snapshot(input) === before; // false
 */
export function snapshot(value: unknown): string {
  const ids = new Map<object, number>();
  const functions = new Map<unknown, number>();
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Token) {
      out.push(item.text);
      continue;
    }
    if (typeof item === "function") {
      if (!functions.has(item)) functions.set(item, functions.size);
      out.push(`fn#${String(functions.get(item))}`);
      continue;
    }
    if (typeof item !== "object" || item === null) {
      out.push(primitive(item));
      continue;
    }
    const seen = ids.get(item);
    if (seen !== undefined) {
      out.push(`@${String(seen)}`);
      continue;
    }
    ids.set(item, ids.size);
    out.push(`{${protoName(item)}${Object.isExtensible(item) ? "" : " sealed"}`);
    if (item instanceof Date) out.push(`t=${String(Date.prototype.getTime.call(item))}`);
    const children: unknown[] = [];
    for (const key of Reflect.ownKeys(item)) {
      const descriptor = Object.getOwnPropertyDescriptor(item, key) as
        Readonly<Record<string, unknown>> | undefined;
      if (descriptor === undefined) continue;
      const name = typeof key === "symbol" ? primitive(key) : JSON.stringify(key);
      if ("value" in descriptor) {
        children.push(
          new Token(`${name}${descriptor["writable"] === true ? "" : " ro"}:`),
          descriptor["value"],
        );
      } else {
        children.push(new Token(`${name} accessor:`), descriptor["get"], descriptor["set"]);
      }
    }
    children.push(new Token("}"));
    // Reversed so the stack pops them in key order.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return out.join(",");
}
