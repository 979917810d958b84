import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { PublicShell } from "@/components/layout/public-shell";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Addresses no route matches. Next renders this with every page (as the fallback of its boundary), so it
// must read no session, or no page could be cached: the frame is the public one. A notFound() inside a
// signed-in route group shows that group's not-found page, in its own frame.
export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundPage />
    </PublicShell>
  );
}
