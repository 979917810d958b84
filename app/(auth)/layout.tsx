import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";

/** Sign-in and sign-up: one narrow column, centred. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <SiteShell>
      <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">{children}</div>
    </SiteShell>
  );
}
