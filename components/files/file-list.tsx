import { formatBytes } from "@/lib/files/format-bytes";
import type { FileSummary } from "@/lib/files/schemas";
import { FileTypeIcon } from "./file-type-icon";

// Files as everyone who may see them sees them: an image preview or a type icon, the name, the size,
// and a download link (which checks access again and redirects to a short-lived signed link).

/** `label`: the list's accessible name, e.g. "Files from Ada" (several lists on one page). */
export function FileList({ files, className, label }: { files: readonly FileSummary[]; className?: string; label?: string }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label={label} className={`grid grid-cols-1 gap-2 sm:grid-cols-2 ${className ?? ""}`}>
      {files.map((file) => (
        <li key={file.id} className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-2">
          {file.thumbnailUrl ? (
            <a href={`${file.downloadUrl}?inline=1`} target="_blank" rel="noopener" className="shrink-0" aria-label={`Preview ${file.name}`}>
              {/* biome-ignore lint/performance/noImgElement: a signed redirect to storage, which next/image cannot optimise */}
              <img src={file.thumbnailUrl} alt="" loading="lazy" className="h-12 w-12 rounded object-cover ring-1 ring-slate-200" />
            </a>
          ) : (
            <FileTypeIcon contentType={file.contentType} name={file.name} />
          )}
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-900" title={file.name}>
              {file.name}
            </p>
            <p className="text-xs text-slate-600">{formatBytes(file.size)}</p>
          </div>
          <a
            href={file.downloadUrl}
            download={file.name}
            className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            Download<span className="sr-only"> {file.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
