import type { ReactNode } from "react";

export type StatusPageProps = {
  /** A short code shown above the title, e.g. "404". */
  code?: string;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
};

/** The body of not-found, forbidden and error pages: one h1, a sentence or two, and a way on. */
export function StatusPage({ code, title, children, actions }: StatusPageProps) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center sm:py-28">
      {code && <p className="text-sm font-semibold tracking-wide text-indigo-700">{code}</p>}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      {children && <div className="mt-4 text-base text-slate-700">{children}</div>}
      {actions && <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>}
    </div>
  );
}
