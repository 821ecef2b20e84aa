/**
 * Reads an Excel formula as INNO's CLI accepts it: numbers, strings, TRUE/FALSE, error literals, omitted
 * arguments (`,,`), array constants (`{1,2;3,4}`: comma separates columns, semicolon rows) and function calls,
 * nested. No operators: the CLI evaluates INNO's functions, not Excel's arithmetic.
 */

export type Scalar = number | string | boolean | { readonly error: string };

export type FormulaNode =
  | { readonly kind: "value"; readonly value: Scalar }
  | { readonly kind: "array"; readonly rows: readonly (readonly Scalar[])[] }
  | { readonly kind: "omitted" }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FormulaNode[] };

/** A formula that cannot be read, with the 1-based column where reading stopped. */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly column: number,
    detail: string,
  ) {
    super(`column ${column}: ${detail}`);
    this.name = "FormulaSyntaxError";
  }
}

const ERROR_LITERALS = ["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"];

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  fail(detail: string): never {
    throw new FormulaSyntaxError(this.pos + 1, detail);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos++;
  }

  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? "";
  }

  expect(ch: string): void {
    if (this.peek() !== ch)
      this.fail(`expected "${ch}"${this.atEnd() ? " before the end" : `, found "${this.peek()}"`}`);
    this.pos++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  formula(): FormulaNode {
    if (this.peek() === "=") this.pos++;
    const node = this.expression();
    if (!this.atEnd()) this.fail(`unexpected "${this.peek()}" after the end of the formula`);
    return node;
  }

  expression(): FormulaNode {
    const ch = this.peek();
    if (ch === "{") return this.array();
    if (/[A-Za-z_]/.test(ch)) {
      const start = this.pos;
      const name = this.name();
      const upper = name.toUpperCase();
      if (this.peek() === "(") return this.call(name);
      if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
      this.pos = start;
      this.fail(`"${name}" is neither a function call nor TRUE/FALSE (cell references are not supported)`);
    }
    return { kind: "value", value: this.scalar() };
  }

  name(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!match) this.fail("expected a name");
    this.pos += match[0].length;
    return match[0];
  }

  call(name: string): FormulaNode {
    this.expect("(");
    const args: FormulaNode[] = [];
    if (this.peek() === ")") {
      this.pos++;
      return { kind: "call", name, args };
    }
    for (;;) {
      const ch = this.peek();
      args.push(ch === "," || ch === ")" ? { kind: "omitted" } : this.expression());
      const next = this.peek();
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === ")") {
        this.pos++;
        return { kind: "call", name, args };
      }
      this.fail(
        next === "" ? `the call to ${name} is never closed: expected ")"` : `expected "," or ")", found "${next}"`,
      );
    }
  }

  array(): FormulaNode {
    this.expect("{");
    const rows: Scalar[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as Scalar[]).push(this.scalar());
      const next = this.peek();
      this.pos++;
      if (next === ",") continue;
      if (next === ";") {
        rows.push([]);
        continue;
      }
      if (next === "}") break;
      this.pos--;
      this.fail(
        next === "" ? 'the array constant is never closed: expected "}"' : `expected ",", ";" or "}", found "${next}"`,
      );
    }
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) {
      this.pos--;
      this.fail("every row of an array constant must have the same number of values");
    }
    return { kind: "array", rows };
  }

  scalar(): Scalar {
    const ch = this.peek();
    const rest = this.text.slice(this.pos);
    if (ch === '"') return this.string();
    if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
      if (!literal) this.fail("unknown error value");
      this.pos += literal.length;
      return { error: literal };
    }
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(rest);
    if (number) {
      this.pos += number[0].length;
      return Number(number[0]);
    }
    const logical = /^(TRUE|FALSE)\b/i.exec(rest);
    if (logical) {
      this.pos += logical[0].length;
      return (logical[1] as string).toUpperCase() === "TRUE";
    }
    this.fail(ch === "" ? "expected a value before the end" : `expected a value, found "${ch}"`);
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) {
        this.pos = start;
        this.fail("the text that starts here is never closed: expected a closing quote");
      }
      this.pos++;
      if (ch === '"') {
        if (this.text[this.pos] === '"') {
          out += '"';
          this.pos++;
        } else return out;
      } else out += ch;
    }
  }
}

/**
 * Parses a formula such as `=INNO.SERIES("gdp",2003,,"yoy")`.
 * @throws FormulaSyntaxError with the column where it stopped.
 */
export function parseFormula(text: string): FormulaNode {
  return new Reader(text).formula();
}
