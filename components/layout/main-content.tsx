import type { ReactNode } from "react";

/** The skip link's target. Its own module: the public frame imports it without the signed-in frame's client code. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
      {children}
    </main>
  );
}
