"use client";

import type { ReactNode } from "react";
import { z } from "zod";
import { ToastProvider } from "@/components/ui/toast";
// Installs the plain messages as zod's message map in the browser, for every form's own parse.
import "@/lib/plain-zod-messages";

// zod 4 would probe once whether eval works (`new Function("")`) to compile faster parsers; our CSP
// forbids eval, so the probe fails and the browser reports a violation. Parse without compiling.
z.config({ jitless: true });

/**
 * Client-side context for the whole app. No next-auth SessionProvider: server components read the user with
 * currentUser() and pass what a client component needs as props, and signIn/signOut work without it.
 */
export function Providers({ children }: { children: ReactNode }) {
  return <ToastProvider>{children}</ToastProvider>;
}
