/** The text `carerkit-evaluate --help` prints. */
export const HELP = `Usage: carerkit-evaluate <data.csv> [options]

Analyses a carers' programme from a CSV of pre/post scores and attendance. Prints the
analyst's statistics as R prints them (not for publication), and writes the protected report:
report.html, the CSV tables and each chart as an SVG file, with NHS Digital 2018 small-number
suppression applied. Paths are read from the current directory.

Options:
  --out <folder>         where to write the report (default: ./evaluation-report)
  --measure <name>       the outcome's name (default: "SWEMWBS metric score")
  --min <n>, --max <n>   the scale's range (default: 7 and 35)
  --direction <d>        higher-is-better (default) or lower-is-better
  --reliability <r>      for Jacobson–Truax reliable change, between 0 and 1 (default: 0.84)
  --mic <n>              minimal important change, above 0 (default: 3)
  --sessions <n>         sessions in the programme, for retention (default: 8)
  -h, --help             print this help

CSV columns (header row, any order; only person_id is required):
  person_id, period, referral_source, supported (yes/no), pre, post,
  last_session (0 = never came), status (completed/dropped-out/ongoing), satisfaction

Exit codes: 0 done; 1 the CSV has bad rows (each is listed by line and column, nothing is
written); 2 a bad option or a file that cannot be read; 70 an unexpected failure.
`;
