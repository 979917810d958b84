import type { ReactNode } from "react";

/** A link to a site the applicant named: a new tab, no referrer, no opener, no endorsement for search engines. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
