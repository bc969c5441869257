import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";

/** Where a string first breaks the text rules, before a field name is put in front of it. */
export interface TextFault {
  readonly code: Extract<CoreIssueCode, "control_character" | "lone_surrogate">;
  readonly detail: string;
}

const LINE_BREAKS_AND_TAB = new Set([0x09, 0x0a, 0x0d]);

function hex(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Finds the first character that no CarerKit text may hold: a C0 control character (U+0000 to
 * U+001F; tab, LF and CR are allowed when `multiline`), DEL (U+007F) or a lone UTF-16
 * surrogate, which PostgreSQL and most encoders refuse. The detail gives the code point and its
 * 1-based position (in UTF-16 code units), never the text around it.
 */
export function findTextFault(value: string, multiline: boolean): TextFault | undefined {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) {
      if (multiline && LINE_BREAKS_AND_TAB.has(unit)) continue;
      return {
        code: "control_character",
        detail: `expected text without control characters, got ${hex(unit)} at position ${i + 1}`,
      };
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return {
        code: "lone_surrogate",
        detail: `expected well-formed Unicode text, got a lone surrogate ${hex(unit)} at position ${i + 1}`,
      };
    }
  }
  return undefined;
}
