// A small glyph for a file's kind, beside its name; decorative (the name and type are spelled out).

type Kind = "image" | "pdf" | "sheet" | "slides" | "archive" | "text" | "file";

function kindOf(contentType: string, name: string): Kind {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (contentType.startsWith("image/")) return "image";
  if (contentType === "application/pdf" || extension === "pdf") return "pdf";
  if (/spreadsheet|csv/.test(contentType) || ["xlsx", "csv"].includes(extension)) return "sheet";
  if (/presentation/.test(contentType) || extension === "pptx") return "slides";
  if (contentType === "application/zip" || extension === "zip") return "archive";
  if (contentType.startsWith("text/") || /word|opendocument/.test(contentType)) return "text";
  return "file";
}

const COLORS: Record<Kind, string> = {
  image: "text-emerald-600",
  pdf: "text-red-600",
  sheet: "text-green-700",
  slides: "text-orange-600",
  archive: "text-amber-700",
  text: "text-indigo-600",
  file: "text-slate-500",
};

const LABELS: Record<Kind, string> = { image: "IMG", pdf: "PDF", sheet: "XLS", slides: "PPT", archive: "ZIP", text: "DOC", file: "FILE" };

export function FileTypeIcon({ contentType, name }: { contentType: string; name: string }) {
  const kind = kindOf(contentType, name);
  return (
    <svg aria-hidden="true" viewBox="0 0 32 40" className={`h-10 w-8 shrink-0 ${COLORS[kind]}`}>
      <path d="M2 2h20l8 8v28H2z" fill="white" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M22 2v8h8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <text x="16" y="30" textAnchor="middle" fontSize="8" fontWeight="700" fill="currentColor" fontFamily="sans-serif">
        {LABELS[kind]}
      </text>
    </svg>
  );
}
