import { Badge } from "@/components/ui/badge";

const MATCH_REASONS = [
  "Covers all 4 required skills, 3 of them verified",
  "$95/hour, inside your budget",
  "Available 30 hours a week from Monday",
  "5 hours of overlap with your team's timezone",
  "Rated 4.9 across 12 completed contracts",
];

/** An illustration of a shortlist entry: what a client sees for each matched expert. */
export function ExampleMatch() {
  return (
    <figure className="rounded-2xl bg-slate-50 p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="text-base font-semibold text-slate-900">Priya R.</p>
          <p className="text-sm text-slate-700">Senior backend engineer · Python, FastAPI, PostgreSQL</p>
        </div>
        <Badge tone="success">Accepted invitation</Badge>
      </div>
      <p className="mt-5 text-sm font-semibold text-slate-900">Why we matched her</p>
      <ul className="mt-2 space-y-2">
        {MATCH_REASONS.map((reason) => (
          <li key={reason} className="flex gap-2 text-sm text-slate-700">
            <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 text-emerald-700" fill="currentColor" aria-hidden="true">
              <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z" />
            </svg>
            {reason}
          </li>
        ))}
      </ul>
      <figcaption className="mt-5 border-t border-slate-200 pt-4 text-xs text-slate-600">An example of one entry on a shortlist.</figcaption>
    </figure>
  );
}
