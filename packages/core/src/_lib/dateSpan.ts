/**
 * The years a CarerKit date may fall in. Nothing a carers' service records lies before 1900 (no
 * one alive was born earlier) or after 2200 (a typed "2062" as "20622" is caught), and a date
 * outside them is an `out_of_span` issue. The bounds are strings so that they compare with the
 * `YYYY` a date starts with.
 */
export const DATE_SPAN = { firstYear: "1900", lastYear: "2200" } as const;
