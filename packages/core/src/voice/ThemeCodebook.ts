/**
 * A service's codebook for coding feedback by theme: each theme has a stable code and a label
 * to print. Services set their own; {@link DEFAULT_FEEDBACK_CODEBOOK} is a starting point.
 *
 * @example
 * const codebook: ThemeCodebook = { themes: [{ code: "waiting", label: "Waiting times" }] };
 */
export interface ThemeCodebook {
  readonly themes: readonly {
    /** Lower-case letters, digits and `_`. */
    readonly code: string;
    readonly label: string;
    readonly description?: string | undefined;
  }[];
}

/**
 * A starting codebook for carers' services (derived from the themes the source services
 * report: being heard, information, breaks, peer support), to copy and adapt.
 *
 * @example
 * DEFAULT_FEEDBACK_CODEBOOK.themes.map((t) => t.code).includes("peer_support"); //=> true
 */
export const DEFAULT_FEEDBACK_CODEBOOK: ThemeCodebook = {
  themes: [
    { code: "access", label: "Getting support: contact, venues, times" },
    { code: "communication", label: "Being listened to and kept informed" },
    { code: "staff", label: "Staff and volunteers" },
    { code: "information", label: "Information and advice" },
    { code: "timeliness", label: "Waiting and response times" },
    { code: "peer_support", label: "Meeting other carers" },
    { code: "breaks", label: "Breaks from caring" },
    { code: "programme_content", label: "Programme sessions and content" },
    { code: "cultural_sensitivity", label: "Respect for culture, faith and language" },
    { code: "other", label: "Other" },
  ],
};
