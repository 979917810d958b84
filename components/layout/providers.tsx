"use client";

import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";

/**
 * Client-side context for the whole app. No next-auth SessionProvider: server components read the user with
 * currentUser() and pass what a client component needs as props, and signIn/signOut work without it.
 */
export function Providers({ children }: { children: ReactNode }) {
  return <ToastProvider>{children}</ToastProvider>;
}
