import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { createPdfDocument, wrapText } from "@/lib/documents/pdf/document";
import { embedFonts, fitText } from "@/lib/documents/pdf/fonts";
import { readPdfText } from "@/tests/support/pdf-text";

const createdAt = new Date("2026-12-07T10:00:00Z");

async function sampleDocument(rows: string[][]) {
  const writer = await createPdfDocument({
    header: {
      title: "Receipt",
      number: "R-000042",
      facts: [
        { label: "Issued", value: "Dec 7, 2026" },
        { label: "Paid", value: "Dec 6, 2026" },
      ],
    },
    footer: "Receipt R-000042 · Vetted",
    createdAt,
  });
  writer.parties(
    { label: "From", lines: ["Vetted", "billing@vetted.example"] },
    { label: "Billed to", lines: ["Łódź Żółć Sp. z o.o.", "ul. Piotrkowska 1", "90-001 Łódź", "Poland", "VAT PL1234567890"] },
  );
  writer.table({
    columns: [
      { header: "Description", width: 5 },
      { header: "Qty", width: 1, align: "right" },
      { header: "Amount", width: 2, align: "right" },
    ],
    rows,
    totals: [
      { label: "Subtotal", value: "$1,234.56" },
      { label: "Total paid", value: "$1,271.60", emphasis: true },
    ],
  });
  writer.paragraph("Thank you for your payment. Zoë Müller, Иван Петров and Νίκος Παπαδόπουλος were paid through Vetted.");
  return writer.toBytes();
}

describe("PDF drawing primitives", () => {
  it("renders a header, parties, a table with totals and a footer that read back as text", async () => {
    const bytes = await sampleDocument([["Milestone 1: Design — “Homepage”", "1", "$1,234.56"]]);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const { text, pages } = await readPdfText(bytes);
    expect(pages).toHaveLength(1);
    for (const expected of [
      "Vetted",
      "Receipt",
      "R-000042",
      "Issued: Dec 7, 2026",
      "Paid: Dec 6, 2026",
      "BILLED TO",
      "Łódź Żółć Sp. z o.o.",
      "VAT PL1234567890",
      "Milestone 1: Design — “Homepage”",
      "$1,234.56",
      "Total paid",
      "$1,271.60",
      "Zoë Müller, Иван Петров and Νίκος",
      "Page 1 of 1",
      "Receipt R-000042 · Vetted",
    ]) {
      expect(text).toContain(expected);
    }
    // Fonts are subset: a one-page receipt stays small.
    expect(bytes.length).toBeLessThan(80_000);
  });

  it("breaks long tables across pages, repeating the header row and numbering every page", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Line item number ${i + 1}`, "1", `$${i + 1}.00`]);
    const bytes = await sampleDocument(rows);
    const { pages } = await readPdfText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    expect(pages[1]).toContain("Receipt R-000042 (continued)");
    expect(pages[1]).toContain("Description");
    const all = pages.join("\n");
    for (let i = 1; i <= 120; i++) expect(all).toContain(`Line item number ${i}\n`.trim());
    expect(pages.at(-1)).toContain("Total paid");
  });

  it("folds characters the font cannot draw instead of drawing empty boxes", async () => {
    const doc = await PDFDocument.create();
    const { regular } = await embedFonts(doc);
    expect(fitText(regular, "Zoë Łukasz Иван Nguyễn")).toBe("Zoë Łukasz Иван Nguyễn");
    expect(fitText(regular, "ﬁne\tline\nbreak")).toBe("fine line break");
    expect(fitText(regular, "東京 Ltd")).toBe("?? Ltd");
  });

  it("wraps long text by words and splits words longer than a line", async () => {
    const doc = await PDFDocument.create();
    const { regular } = await embedFonts(doc);
    const lines = wrapText(regular, `short words ${"x".repeat(200)} end`, 10, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(regular.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join("")).toContain("end");
  });
});
