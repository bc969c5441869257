/** What an element can contain: nodes and text; `false`, `null` and `undefined` are skipped. */
export type Child = Node | string | false | null | undefined;

/**
 * Creates an element with attributes and children. Text is always set as text, never as HTML,
 * so nothing from the directory feed or the carer's answers can inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== false && child !== null && child !== undefined) element.append(child);
  }
  return element;
}
