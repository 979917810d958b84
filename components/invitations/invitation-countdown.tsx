"use client";

import { useEffect, useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { formatCountdown, minutesLeft, untilNextMinute } from "./countdown-text";

const URGENT_MINUTES = 30;

/**
 * Ticks once a minute. The first render uses the server's clock so server and browser render the
 * same text; the browser's clock takes over after hydration. Not a live region: a screen reader
 * hearing every minute would be noise.
 */
export function InvitationCountdown({ expiresAt, serverNow }: { expiresAt: Date; serverNow: Date }) {
  const expiresAtMs = expiresAt.getTime();
  const [now, setNow] = useState(() => serverNow.getTime());

  useEffect(() => {
    let timer: number | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const left = expiresAtMs - current;
      if (left > 0) timer = window.setTimeout(tick, untilNextMinute(left));
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [expiresAtMs]);

  const left = expiresAtMs - now;
  const minutes = minutesLeft(left);
  const tone: BadgeTone = minutes === 0 ? "danger" : minutes <= URGENT_MINUTES ? "warning" : "info";
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
      <Badge tone={tone}>{formatCountdown(left)}</Badge>
      <span>
        {minutes === 0 ? "at " : "Answer by "}
        <time dateTime={expiresAt.toISOString()}>{formatDateTime(expiresAt)}</time>
      </span>
    </p>
  );
}
