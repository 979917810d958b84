"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-reads the page every `everyMs` while it is visible: the client sees the expert's hours as they are logged. */
export function LiveRefresh({ everyMs = 10_000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
