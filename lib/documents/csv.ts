// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, a quote, CR or LF, and quotes inside doubled. Files start with a UTF-8 byte order mark,
// so spreadsheet programs read names with accents as UTF-8 instead of the system's code page.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as
// a formula. Such text gets a leading apostrophe, which the spreadsheet shows as text. Plain numbers
// ("-12.50") are left alone: they cannot be formulas, and amounts must stay numbers.

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (values: readonly CsvValue[]) => `${values.map(csvCell).join(",")}\r\n`;

/** Cents as a decimal amount with two places, in integers only: 123456 → "1234.56", -5 → "-0.05". */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`not whole cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, "0")}`;
}
