/** The age bands of {@link AgeBandSchema}, shared with equality monitoring. */
export const AGE_BANDS = [
  "under_18",
  "18_24",
  "25_34",
  "35_44",
  "45_54",
  "55_64",
  "65_74",
  "75_84",
  "85_plus",
] as const;
