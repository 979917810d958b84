import type { ReactNode } from "react";

/** The width and rhythm every dashboard shares. Not a <main>: the app layout owns that landmark. */
export function DashboardPage({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl space-y-10 px-4 py-8 sm:px-6">{children}</div>;
}
