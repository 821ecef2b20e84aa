import { FormulaSyntaxError, parseFormula } from "../../src/functions/formulaParser";

describe("parseFormula", () => {
  it("reads a call with numbers, strings, booleans and omitted arguments", () => {
    expect(parseFormula('=INNO.SERIES("gdp", 2003,,TRUE, -1.5e2)')).toEqual({
      kind: "call",
      name: "INNO.SERIES",
      args: [
        { kind: "value", value: "gdp" },
        { kind: "value", value: 2003 },
        { kind: "omitted" },
        { kind: "value", value: true },
        { kind: "value", value: -150 },
      ],
    });
  });

  it("reads array constants: comma separates columns, semicolon rows", () => {
    expect(parseFormula("={1,2;3,4}")).toEqual({
      kind: "array",
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseFormula('{"a";#N/A}')).toEqual({ kind: "array", rows: [["a"], [{ error: "#N/A" }]] });
  });

  it("reads doubled quotes inside text and nested calls", () => {
    expect(parseFormula('=F("say ""hi""", G())')).toEqual({
      kind: "call",
      name: "F",
      args: [
        { kind: "value", value: 'say "hi"' },
        { kind: "call", name: "G", args: [] },
      ],
    });
  });

  it.each([
    ['=INNO.SERIES("x"', 17, /never closed/],
    ["={1,2;3}", 8, /same number of values/],
    ['=INNO.SERIES("x") junk', 19, /after the end/],
    ["=A1", 2, /cell references are not supported/],
    ['=INNO.SERIES("x)', 14, /text that starts here is never closed/],
    ["=INNO.LIST(1 2)", 14, /expected "," or "\)"/],
  ])("rejects %s at column %i", (formula, column, message) => {
    let caught: unknown;
    try {
      parseFormula(formula);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FormulaSyntaxError);
    expect((caught as FormulaSyntaxError).column).toBe(column);
    expect((caught as FormulaSyntaxError).message).toMatch(message);
  });
});
