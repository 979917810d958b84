import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/app-url";

// Per request: the sitemap's address comes from the running server's settings, not the build's.
export const dynamic = "force-dynamic";

/** The signed-in app, the admin console, the API and the account pages are nobody's search result. */
export const DISALLOWED_PATHS = [
  "/api/",
  "/admin",
  "/client",
  "/expert",
  "/contracts",
  "/experts",
  "/dashboard",
  "/messages",
  "/notifications",
  "/settings",
  "/start",
  "/hire/search",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/confirm-email-change",
  "/unsubscribe",
  "/dev/",
  "/bench/",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS },
    sitemap: appUrl("/sitemap.xml"),
  };
}
