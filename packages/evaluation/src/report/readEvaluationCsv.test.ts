import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { readEvaluationCsv, readEvaluationCsvWithAccount } from "./readEvaluationCsv.ts";

describe("readEvaluationCsv", () => {
  it("reads the example dataset", () => {
    const text = readFileSync(
      new URL("../__fixtures__/example-evaluation.csv", import.meta.url),
      "utf8",
    );
    const result = readEvaluationCsv(text);
    if (!result.success) throw new Error(result.error[0]?.message);
    expect(result.data).toHaveLength(520);
    expect(result.data[0]).toEqual({
      personId: "BT-0001",
      period: "2026-Q4",
      referralSource: "Hospital ward",
      supported: true,
    });
    expect(result.data[1]).toEqual({
      personId: "BT-0002",
      period: "2026-Q1",
      referralSource: "Hospice team",
      supported: true,
      pre: 15,
      post: 18,
      lastSessionAttended: 6,
      status: "completed",
      satisfaction: 4,
    });
  });

  it("reports every bad row with its line number, the column and what was expected", () => {
    const result = readEvaluationCsv(
      "person_id,pre,post,status,notes\nc-1,41,47,completed,hi\nc-2,38,x,done,\n\nc-1,1,2,ongoing,\nc-4,1\n",
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.map((i) => i.message)).toEqual([
      "line 3, post: expected a number, got other text",
      "line 3, status: expected completed, dropped-out or ongoing, got other text",
      "line 5, person_id: expected a unique identifier, got a repeat of line 2",
      "line 6: expected 5 fields, got 2",
    ]);
    expect(result.error.every((i) => i.code === "invalid_row")).toBe(true);
  });

  it("lists the first 100 problems of a file with thousands, then counts the rest", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `c-${i},x`).join("\n");
    const result = readEvaluationCsv(`person_id,pre\n${rows}\n`);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toHaveLength(101);
    expect(result.error[99]?.message).toBe("line 101, pre: expected a number, got other text");
    expect(result.error[100]).toEqual({
      code: "too_many_issues",
      path: [],
      message: "and 4,900 more problems, not listed",
    });
  });

  it("never quotes a person identifier in a message", () => {
    const result = readEvaluationCsv("person_id,pre\nSECRET-NAME,1\nSECRET-NAME,2\n");
    expect(!result.success && result.error.some((i) => i.message.includes("SECRET"))).toBe(false);
  });

  it("ignores unknown columns and treats empty cells as missing", () => {
    const result = readEvaluationCsv("person_id,name,pre,post\nc-1,Jane Doe,41,\n");
    expect(result.success && result.data).toEqual([{ personId: "c-1", pre: 41 }]);
  });

  it("accounts for every cell: read, empty or in a column it does not read", () => {
    const text = "person_id,name,pre,post,pre_ucla3,nhs_no\nc-1,Ann,41,,5,x\n\nc-2,Bob,,47,6,y\n";
    const result = readEvaluationCsvWithAccount(text);
    expect(result.success && result.data.account).toEqual({
      rows: 2,
      columnsRead: ["person_id", "pre", "post", "pre_ucla3"],
      columnsIgnored: ["name", "nhs_no"],
      cellsIn: 12,
      cellsRead: 6,
      cellsEmpty: 2,
      cellsIgnored: 4,
    });
    const rowsOnly = readEvaluationCsv(text);
    expect(rowsOnly.success && rowsOnly.data).toEqual(result.success && result.data.rows);
  });

  it("keeps the account's sums whatever the file", () => {
    const cell = fc.constantFrom("", "1", " 2 ", "3.5");
    const column = fc.constantFrom("pre", "post", "name", "pre_k", "satisfaction", "notes");
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 6 }),
        (columns, cells) => {
          const header = ["person_id", ...columns];
          const body = cells.map((row, i) => [`c-${i}`, ...row.slice(0, columns.length)].join(","));
          const read = readEvaluationCsvWithAccount([header.join(","), ...body].join("\n"));
          expect(read.success).toBe(true);
          if (!read.success) return;
          const a = read.data.account;
          expect(a.cellsRead + a.cellsEmpty + a.cellsIgnored).toBe(a.cellsIn);
          expect(a.cellsIn).toBe(a.rows * header.length);
          expect([...a.columnsRead, ...a.columnsIgnored].sort()).toEqual([...header].sort());
        },
      ),
    );
  });

  it("refuses a column given twice (one would silently overwrite the other)", () => {
    const result = readEvaluationCsv("person_id,pre,post,pre\nc-1,1,2,3\n");
    expect(!result.success && result.error).toEqual([
      {
        code: "invalid_row",
        message: "line 1, column 4: expected each column once, got a repeat of column 2",
        path: [1, 4],
      },
    ]);
  });

  it("returns an issue, not an exception, for a missing person_id column or broken quoting", () => {
    const noId = readEvaluationCsv("pre,post\n1,2\n");
    expect(!noId.success && noId.error[0]?.message).toBe(
      "line 1: expected a person_id column, got pre, post",
    );
    const quote = readEvaluationCsv('person_id,pre\n"c-1,2\n');
    expect(!quote.success && quote.error[0]?.code).toBe("invalid_row");
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readEvaluationCsv(`person_id,pre,post,last_session\n${text}`);
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });
});

describe("readEvaluationCsv with further outcome measures", () => {
  it("reads pre_<key> and post_<key> columns into each row's outcomes", () => {
    const result = readEvaluationCsv(
      "person_id,pre,post,pre_ucla3,post_ucla3,pre_brcs\nc-1,41,47,7,5,12\nc-2,38,40,,6,\n",
    );
    expect(result.success && result.data).toEqual([
      {
        personId: "c-1",
        pre: 41,
        post: 47,
        outcomes: { ucla3: { pre: 7, post: 5 }, brcs: { pre: 12 } },
      },
      { personId: "c-2", pre: 38, post: 40, outcomes: { ucla3: { post: 6 } } },
    ]);
  });

  it("names the line and column of a score that is not a number", () => {
    const result = readEvaluationCsv("person_id,pre_ucla3\nc-1,often\n");
    expect(!result.success && result.error[0]?.message).toBe(
      "line 2, pre_ucla3: expected a number, got other text",
    );
  });
});
