import { describe, expect, it } from "vitest";
import { CSV_BOM, centsToDecimal, csvCell, csvRow } from "@/lib/documents/csv";

describe("CSV cells (RFC 4180)", () => {
  it("quotes fields holding a comma, a quote, CR or LF, doubling the quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(1234)).toBe("1234");
  });

  it("ends records with CRLF", () => {
    expect(csvRow(["a", "b,c", 3])).toBe('a,"b,c",3\r\n');
  });

  it("defuses formulas: text starting with = + - @ tab or CR gets a leading apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("leaves plain numbers alone, negative ones too: they cannot be formulas and must stay numbers", () => {
    expect(csvCell("-12.50")).toBe("-12.50");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("-12.50.1")).toBe("'-12.50.1");
    expect(csvCell("-1e5")).toBe("'-1e5");
  });

  it("starts files with a UTF-8 byte order mark", () => {
    expect(Buffer.from(CSV_BOM, "utf8")).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("cents as decimal amounts", () => {
  it("uses integers only, two places, sign in front", () => {
    expect(centsToDecimal(123_456)).toBe("1234.56");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(-5)).toBe("-0.05");
    expect(centsToDecimal(-100)).toBe("-1.00");
    expect(centsToDecimal(0)).toBe("0.00");
    expect(centsToDecimal(900_719_925_474_099)).toBe("9007199254740.99");
    expect(() => centsToDecimal(1.5)).toThrow();
  });
});
