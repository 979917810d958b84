import type { Metadata } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { appUrl } from "@/lib/app-url";
import { THEME_HEAD_SCRIPT } from "@/lib/theme/theme-preference";
import "./globals.css";

// Self-hosted: builds run offline, so next/font/google is not an option.
const inter = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter",
});

/** Pages are kept out of search results unless they say otherwise (the home page, the terms, the hiring pages). */
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(appUrl("/")),
    title: { default: "Vetted · Pre-vetted experts, matched in 8 hours", template: "%s · Vetted" },
    description:
      "Raise a request and get a shortlist of pre-vetted experts within 8 hours. Talk to candidates, fund milestones, and approve payment when the work is done.",
    robots: { index: false, follow: false },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme before hydration: React is told that attribute may differ.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours, run before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_HEAD_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main-content"
          className="sr-only rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
