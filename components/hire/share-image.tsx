import { ImageResponse } from "next/og";
import type { ReactNode } from "react";
import { formatMoney } from "@/lib/format";
import type { HirePage } from "@/lib/hire-pages/types";
import { hireHeading } from "./hire-copy";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** The picture a link to a hiring page unfurls into: the heading and the page's real numbers, nothing about any one expert. */
export function shareImage(page: HirePage) {
  const facts = [
    page.verifiedExpertCount > 0 ? `${page.verifiedExpertCount} verified experts` : null,
    page.rateRange
      ? `${formatMoney(page.rateRange.p25Cents, page.rateRange.currency)}–${formatMoney(page.rateRange.p75Cents, page.rateRange.currency)} an hour typical`
      : null,
    "Shortlist within 8 hours",
  ].filter((fact) => fact !== null);
  return shareImageResponse({
    brand: "Vetted",
    body: (
      <>
        <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{hireHeading(page)}</div>
        <div style={{ fontSize: 34, color: "#c7d2fe" }}>{facts.join("  ·  ")}</div>
      </>
    ),
    footer: "Pre-vetted experts · payment held until you approve",
  });
}

/** The frame every share image has: the brand on top, the body in the middle, a line at the bottom. */
export function shareImageResponse({ brand, body, footer }: { brand: string; body: ReactNode; footer: string }) {
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: 72,
        background: "#312e81",
        color: "white",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 40, fontWeight: 700 }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 64, height: 64, borderRadius: 14, background: "#4f46e5" }}>V</div>
        {brand}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>{body}</div>
      <div style={{ fontSize: 28, color: "#e0e7ff" }}>{footer}</div>
    </div>,
    SHARE_IMAGE_SIZE,
  );
}
