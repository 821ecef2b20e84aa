import { CsvFormatError, parseCsv } from "../../src/data/csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and newlines, keeping each record's first line", () => {
    const text = 'a,b\n1,"x, ""y"""\n2,"two\nlines"\n3,z\n';
    expect(parseCsv(text, "t.csv")).toEqual([
      { line: 2, fields: { a: "1", b: 'x, "y"' } },
      { line: 3, fields: { a: "2", b: "two\nlines" } },
      { line: 5, fields: { a: "3", b: "z" } },
    ]);
  });

  it("accepts CRLF line ends and a byte-order mark", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2\r\n", "t.csv")).toEqual([{ line: 2, fields: { a: "1", b: "2" } }]);
  });

  it("rejects a row with a missing field, naming file and line", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n", "t.csv")).toThrow(
      new CsvFormatError("t.csv", 3, "expected 2 fields, found 1"),
    );
  });

  it("rejects an unclosed quote", () => {
    expect(() => parseCsv('a\n"open\n', "t.csv")).toThrow(/t\.csv:2: a quoted field is never closed/);
  });
});
