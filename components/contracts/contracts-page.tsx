import type { ReactNode } from "react";

/** The width and rhythm of the contract pages. Not a <main>: the app layout owns that landmark. */
export function ContractsPage({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-4xl space-y-8 px-4 py-8 sm:px-6">{children}</div>;
}
