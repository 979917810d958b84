import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { embedFonts, fitText, measureText, type PdfFonts } from "./fonts";
import { type PdfIssuer, VETTED_ISSUER } from "./issuer";

// Drawing primitives for Vetted's money documents (receipts, credit notes, earnings statements):
// a header with the issuer and the document's title, number and dates, a from/to block, tables of
// line items with right-aligned money columns and totals, wrapped paragraphs, page breaks that repeat
// the table header, and a footer with page numbers. Callers pass display-ready strings (amounts
// already formatted with lib/format's formatMoney): this module draws, it does not compute money.
//
// Coordinates: pdf-lib's origin is the bottom-left corner; `cursor` is the y of the next line's top.

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { top: 56, bottom: 64, side: 48 };
const TEXT = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.42, 0.44, 0.48);
const RULE = rgb(0.82, 0.84, 0.87);
const HEADER_FILL = rgb(0.95, 0.96, 0.97);
const SIZE = { body: 9.5, small: 8, title: 18, brand: 16, heading: 11 };
const LINE = 1.35; // line height as a multiple of the font size
const CELL_PAD = { x: 6, y: 5 };

export interface PdfFact {
  label: string;
  value: string;
}

export interface PdfHeader {
  /** "Receipt", "Credit note", "Earnings statement". */
  title: string;
  /** The document's number, shown under the title: "R-2026-000042". */
  number?: string;
  /** Dates and other short facts, right-aligned under the number: "Paid on: Dec 7, 2026". */
  facts?: PdfFact[];
}

export interface PdfParty {
  /** "Billed to", "From". */
  label: string;
  /** The first line is the party's name (bold); the rest are address lines, tax id, email. */
  lines: string[];
}

export interface PdfColumn {
  header: string;
  /** Relative width: a column of 3 is three times as wide as a column of 1. */
  width: number;
  /** Money and quantities are right-aligned. Right-aligned cells never wrap. */
  align?: "left" | "right";
}

export interface PdfTotal {
  label: string;
  value: string;
  /** The grand total: bold, with a rule above. */
  emphasis?: boolean;
}

export interface PdfTable {
  columns: PdfColumn[];
  rows: string[][];
  /** Label/value pairs under the table, right-aligned in its last column. */
  totals?: PdfTotal[];
  /** Shown in place of rows when there are none. */
  emptyText?: string;
}

export interface PdfDocumentOptions {
  header: PdfHeader;
  /** Defaults to Vetted's own name and address. */
  issuer?: PdfIssuer;
  /** Left side of every page's footer, e.g. "Receipt R-2026-000042 · Vetted". */
  footer?: string;
  /** Written into the PDF's metadata; fixed dates make the bytes reproducible. */
  createdAt: Date;
  author?: string;
}

export async function createPdfDocument(options: PdfDocumentOptions): Promise<PdfDocumentWriter> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const title = [options.header.title, options.header.number].filter(Boolean).join(" ");
  doc.setTitle(title);
  doc.setAuthor(options.author ?? VETTED_ISSUER.name);
  doc.setCreator(VETTED_ISSUER.name);
  doc.setProducer(VETTED_ISSUER.name);
  doc.setCreationDate(options.createdAt);
  doc.setModificationDate(options.createdAt);
  const writer = new PdfDocumentWriter(doc, fonts, options);
  writer.drawFirstHeader();
  return writer;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: ReturnType<typeof rgb>;
}

export class PdfDocumentWriter {
  private page: PDFPage;
  private cursor: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
    private readonly options: PdfDocumentOptions,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.cursor = PAGE.height - MARGIN.top;
  }

  /** The usable width between the side margins. */
  get contentWidth(): number {
    return PAGE.width - 2 * MARGIN.side;
  }

  /** Issuer on the left; title, number and facts on the right; a rule below. */
  drawFirstHeader(): void {
    const issuer = this.options.issuer ?? VETTED_ISSUER;
    const { header } = this.options;
    const left = MARGIN.side;
    const right = PAGE.width - MARGIN.side;
    let leftY = this.cursor;
    this.text(issuer.name, left, leftY, { size: SIZE.brand, bold: true });
    leftY -= SIZE.brand * LINE;
    for (const line of issuer.lines) {
      this.text(line, left, leftY, { size: SIZE.small, color: MUTED });
      leftY -= SIZE.small * LINE;
    }
    let rightY = this.cursor;
    this.textRight(header.title, right, rightY, { size: SIZE.title, bold: true });
    rightY -= SIZE.title * LINE;
    if (header.number) {
      this.textRight(header.number, right, rightY, { size: SIZE.heading, bold: true });
      rightY -= SIZE.heading * LINE;
    }
    for (const fact of header.facts ?? []) {
      this.textRight(`${fact.label}: ${fact.value}`, right, rightY, { size: SIZE.body, color: MUTED });
      rightY -= SIZE.body * LINE;
    }
    this.cursor = Math.min(leftY, rightY) - 8;
    this.rule(this.cursor);
    this.cursor -= 16;
  }

  /** Two columns side by side: who issued the document and who it is for. */
  parties(from: PdfParty, to: PdfParty): void {
    const gap = 24;
    const width = (this.contentWidth - gap) / 2;
    const height = Math.max(this.partyHeight(from, width), this.partyHeight(to, width));
    this.ensureSpace(height);
    this.drawParty(from, MARGIN.side, width);
    this.drawParty(to, MARGIN.side + width + gap, width);
    this.cursor -= height + 12;
  }

  heading(text: string): void {
    this.ensureSpace(SIZE.heading * LINE * 2);
    this.cursor -= 4;
    this.text(text, MARGIN.side, this.cursor, { size: SIZE.heading, bold: true });
    this.cursor -= SIZE.heading * LINE + 2;
  }

  /** Wrapped text across the content width; breaks onto new pages as needed. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrapText(font, text, size, this.contentWidth)) {
      this.ensureSpace(size * LINE);
      this.text(line, MARGIN.side, this.cursor, { ...style, size });
      this.cursor -= size * LINE;
    }
    this.cursor -= 4;
  }

  /** A list of label/value lines (for summaries such as "Contract: …"). */
  facts(facts: PdfFact[]): void {
    const labelWidth = Math.max(...facts.map((fact) => this.width(`${fact.label}:`, SIZE.body, true)), 0) + 8;
    for (const fact of facts) {
      const lines = wrapText(this.fonts.regular, fact.value, SIZE.body, this.contentWidth - labelWidth);
      this.ensureSpace(lines.length * SIZE.body * LINE);
      this.text(`${fact.label}:`, MARGIN.side, this.cursor, { bold: true });
      for (const line of lines) {
        this.text(line, MARGIN.side + labelWidth, this.cursor);
        this.cursor -= SIZE.body * LINE;
      }
    }
    this.cursor -= 6;
  }

  spacer(points: number): void {
    this.cursor -= points;
  }

  /**
   * A table with a shaded header row. Rows that do not fit on the page move to a new page, which
   * repeats the header row; left-aligned cells wrap, right-aligned cells (money) stay on one line.
   */
  table(table: PdfTable): void {
    const total = table.columns.reduce((sum, column) => sum + column.width, 0);
    const widths = table.columns.map((column) => (column.width / total) * this.contentWidth);
    const headerHeight = SIZE.small * LINE + 2 * CELL_PAD.y;
    const firstRowHeight = table.rows[0] ? this.rowHeight(table, widths, table.rows[0]) : SIZE.body * LINE + 2 * CELL_PAD.y;
    this.ensureSpace(headerHeight + firstRowHeight);
    this.drawTableHeader(table, widths);
    if (table.rows.length === 0 && table.emptyText) {
      this.text(table.emptyText, MARGIN.side + CELL_PAD.x, this.cursor - CELL_PAD.y, { color: MUTED });
      this.cursor -= SIZE.body * LINE + 2 * CELL_PAD.y;
      this.rule(this.cursor);
    }
    for (const row of table.rows) {
      const height = this.rowHeight(table, widths, row);
      if (this.cursor - height < MARGIN.bottom) {
        this.newPage();
        this.drawTableHeader(table, widths);
      }
      this.drawRow(table, widths, row);
      this.cursor -= height;
      this.rule(this.cursor, 0.5);
    }
    if (table.totals?.length) this.drawTotals(table.totals, widths);
    this.cursor -= 12;
  }

  /** Page numbers and the footer line on every page, then the PDF's bytes. */
  async toBytes(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const y = MARGIN.bottom - 28;
      page.drawLine({
        start: { x: MARGIN.side, y: y + 14 },
        end: { x: PAGE.width - MARGIN.side, y: y + 14 },
        thickness: 0.5,
        color: RULE,
      });
      if (this.options.footer) this.text(this.options.footer, MARGIN.side, y + SIZE.small, { size: SIZE.small, color: MUTED }, page);
      this.textRight(`Page ${index + 1} of ${pages.length}`, PAGE.width - MARGIN.side, y + SIZE.small, { size: SIZE.small, color: MUTED }, page);
    });
    return this.doc.save({ useObjectStreams: true });
  }

  // — internals —

  private font(bold?: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  private width(text: string, size: number, bold?: boolean): number {
    const font = this.font(bold);
    return measureText(font, fitText(font, text), size);
  }

  /** Draws one line whose top is at `top`. */
  private text(value: string, x: number, top: number, style: TextStyle = {}, page: PDFPage = this.page): void {
    const size = style.size ?? SIZE.body;
    const font = this.font(style.bold);
    page.drawText(fitText(font, value), { x, y: top - size, size, font, color: style.color ?? TEXT });
  }

  private textRight(value: string, right: number, top: number, style: TextStyle = {}, page: PDFPage = this.page): void {
    const size = style.size ?? SIZE.body;
    this.text(value, right - this.width(value, size, style.bold), top, style, page);
  }

  private rule(y: number, thickness = 0.75): void {
    this.page.drawLine({ start: { x: MARGIN.side, y }, end: { x: PAGE.width - MARGIN.side, y }, thickness, color: RULE });
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.cursor = PAGE.height - MARGIN.top;
    // Continuation pages name the document they belong to.
    const { header } = this.options;
    const title = [header.title, header.number].filter(Boolean).join(" ");
    this.text(`${title} (continued)`, MARGIN.side, this.cursor, { size: SIZE.small, color: MUTED });
    this.cursor -= SIZE.small * LINE + 10;
  }

  private ensureSpace(height: number): void {
    if (this.cursor - height < MARGIN.bottom) this.newPage();
  }

  private partyHeight(party: PdfParty, width: number): number {
    let height = SIZE.small * LINE;
    party.lines.forEach((line, index) => {
      height += wrapText(this.font(index === 0), line, SIZE.body, width).length * SIZE.body * LINE;
    });
    return height;
  }

  private drawParty(party: PdfParty, x: number, width: number): void {
    let y = this.cursor;
    this.text(party.label.toUpperCase(), x, y, { size: SIZE.small, bold: true, color: MUTED });
    y -= SIZE.small * LINE;
    party.lines.forEach((line, index) => {
      for (const part of wrapText(this.font(index === 0), line, SIZE.body, width)) {
        this.text(part, x, y, { bold: index === 0 });
        y -= SIZE.body * LINE;
      }
    });
  }

  private cellLines(column: PdfColumn, value: string, width: number, bold = false): string[] {
    const inner = width - 2 * CELL_PAD.x;
    if (column.align === "right") return [truncate(this.font(bold), value, SIZE.body, inner)];
    return wrapText(this.font(bold), value, SIZE.body, inner);
  }

  private rowHeight(table: PdfTable, widths: number[], row: string[]): number {
    const lines = Math.max(1, ...table.columns.map((column, i) => this.cellLines(column, row[i] ?? "", widths[i]).length));
    return lines * SIZE.body * LINE + 2 * CELL_PAD.y;
  }

  private drawTableHeader(table: PdfTable, widths: number[]): void {
    const height = SIZE.small * LINE + 2 * CELL_PAD.y;
    this.page.drawRectangle({ x: MARGIN.side, y: this.cursor - height, width: this.contentWidth, height, color: HEADER_FILL });
    let x = MARGIN.side;
    table.columns.forEach((column, i) => {
      const label = truncate(this.fonts.bold, column.header, SIZE.small, widths[i] - 2 * CELL_PAD.x);
      const style = { size: SIZE.small, bold: true, color: MUTED };
      if (column.align === "right") this.textRight(label, x + widths[i] - CELL_PAD.x, this.cursor - CELL_PAD.y, style);
      else this.text(label, x + CELL_PAD.x, this.cursor - CELL_PAD.y, style);
      x += widths[i];
    });
    this.cursor -= height;
  }

  private drawRow(table: PdfTable, widths: number[], row: string[]): void {
    let x = MARGIN.side;
    table.columns.forEach((column, i) => {
      let y = this.cursor - CELL_PAD.y;
      for (const line of this.cellLines(column, row[i] ?? "", widths[i])) {
        if (column.align === "right") this.textRight(line, x + widths[i] - CELL_PAD.x, y);
        else this.text(line, x + CELL_PAD.x, y);
        y -= SIZE.body * LINE;
      }
      x += widths[i];
    });
  }

  private drawTotals(totals: PdfTotal[], widths: number[]): void {
    const right = PAGE.width - MARGIN.side - CELL_PAD.x;
    const valueWidth = widths[widths.length - 1];
    const labelRight = right - valueWidth;
    const lineHeight = SIZE.body * LINE + 2 * CELL_PAD.y;
    this.ensureSpace(totals.length * lineHeight + 4);
    this.cursor -= 2;
    for (const total of totals) {
      if (total.emphasis) {
        this.page.drawLine({
          start: { x: PAGE.width - MARGIN.side - valueWidth * 2.5, y: this.cursor },
          end: { x: PAGE.width - MARGIN.side, y: this.cursor },
          thickness: 1,
          color: TEXT,
        });
      }
      this.textRight(total.label, labelRight, this.cursor - CELL_PAD.y, { bold: total.emphasis });
      this.textRight(total.value, right, this.cursor - CELL_PAD.y, { bold: total.emphasis });
      this.cursor -= lineHeight;
    }
  }
}

/** Greedy word wrap; a word wider than the line is split by characters. Always at least one line. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const fitted = fitText(font, text);
  const measure = (value: string) => measureText(font, value, size);
  const lines: string[] = [];
  let current = "";
  for (const word of fitted.split(/ +/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  lines.push(current);
  return lines;
}

/** The text cut with "…" to fit the width (for cells that must stay on one line). */
export function truncate(font: PDFFont, text: string, size: number, maxWidth: number): string {
  const fitted = fitText(font, text);
  if (measureText(font, fitted, size) <= maxWidth) return fitted;
  let cut = fitted.length;
  while (cut > 0 && measureText(font, `${fitted.slice(0, cut)}…`, size) > maxWidth) cut--;
  return `${fitted.slice(0, cut)}…`;
}
