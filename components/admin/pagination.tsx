import Link from "next/link";

type PaginationProps = {
  /** Names the navigation landmark, e.g. "Pages of users". */
  label: string;
  path: string;
  /** The current filters, kept on every page link. */
  query: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  /** e.g. "230 users". */
  totalLabel: string;
};

/** Previous and next page as plain links, so a page of results can be shared and works without JavaScript. */
export function Pagination({ label, path, query, page, pageSize, total, totalLabel }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== "page"));
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  const linkClasses = "rounded-md px-3 py-1.5 font-medium text-indigo-700 underline hover:bg-indigo-50";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        Page {Math.min(page, pageCount)} of {pageCount} · {totalLabel}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={hrefFor(Math.min(page - 1, pageCount))} className={linkClasses} rel="prev">
            Previous page
          </Link>
        )}
        {page < pageCount && (
          <Link href={hrefFor(page + 1)} className={linkClasses} rel="next">
            Next page
          </Link>
        )}
      </div>
    </nav>
  );
}
