import { PDFParse } from "pdf-parse";

/** The text of a PDF as a reader's copy-paste would give it, page by page, plus the page count. */
export async function readPdfText(bytes: Uint8Array): Promise<{ text: string; pages: string[] }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.map((page) => page.text) };
  } finally {
    await parser.destroy();
  }
}
