import Link from "next/link";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { MainContent } from "./main-content";
import { SiteFooter } from "./site-footer";
import { SiteLogo } from "./site-logo";
import { ThemeSelect } from "./theme-select";

const PUBLIC_LINKS = [
  { label: "Hire experts", href: "/hire" },
  { label: "How it works", href: "/#how-it-works" },
  { label: "Sign in", href: "/sign-in" },
];

/**
 * The frame of pages that are the same for everyone (the hiring pages): no session is read, so they can be
 * generated once and served from the cache; only the theme select in the header hydrates.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
          <SiteLogo />
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-medium">
              {PUBLIC_LINKS.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} prefetch={false} className="text-slate-700 underline-offset-4 hover:text-slate-900 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <ThemeSelect className="[&>span]:sr-only" />
              </li>
              <li>
                <ButtonLink href="/start" size="sm">
                  Raise a request
                </ButtonLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <MainContent>{children}</MainContent>
      <SiteFooter />
    </>
  );
}
