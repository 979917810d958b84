import { type ReactNode, useId } from "react";

type DashboardSectionProps = {
  title: string;
  /** Fragment the site navigation links to, e.g. "requests" for /client#requests. */
  anchor?: string;
  description?: ReactNode;
  children: ReactNode;
};

/** A titled region of a dashboard: its h2 names the landmark for screen-reader navigation. */
export function DashboardSection({ title, anchor, description, children }: DashboardSectionProps) {
  const headingId = useId();
  return (
    <section id={anchor} aria-labelledby={headingId} className="space-y-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}
