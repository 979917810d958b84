"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type KeyboardEvent, type MouseEvent, useId, useRef, useState } from "react";
import { useUnreadMessages } from "@/components/chat/chat-events-provider";
import { ButtonLink } from "@/components/ui/button-link";
import { cn } from "@/components/ui/cn";
import { type NavItem, withUnreadCount } from "./navigation";
import { SignOutButton } from "./sign-out-button";
import { ThemeSelect } from "./theme-select";

export type SiteNavProps = {
  items: NavItem[];
  user: { name: string; roleLabel: string } | null;
};

/** One navigation landmark: a row of links on wide screens, a disclosure menu on narrow ones. */
export function SiteNav({ items, user }: SiteNavProps) {
  const [isOpen, setOpen] = useState(false);
  const pathname = usePathname();
  const menuId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const unreadMessages = useUnreadMessages() ?? 0;

  function closeOnLinkClick(event: MouseEvent<HTMLDivElement>) {
    if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && isOpen) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  }

  return (
    <nav aria-label="Main" onKeyDown={closeOnEscape} className="flex items-center">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setOpen((open) => !open)}
        className="inline-flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-100 lg:hidden"
      >
        <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true">
          {isOpen ? (
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          ) : (
            <path d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75ZM2 10a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z" />
          )}
        </svg>
        Menu
      </button>

      <div
        id={menuId}
        onClick={closeOnLinkClick}
        className={cn(
          isOpen ? "flex" : "hidden",
          "absolute inset-x-0 top-full z-40 flex-col gap-4 border-b border-slate-200 bg-white px-4 py-4 shadow-md",
          "lg:static lg:flex lg:flex-row lg:items-center lg:gap-6 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none",
        )}
      >
        <ul className="flex flex-col gap-1 lg:flex-row lg:items-center lg:gap-1">
          {items.map((item) => {
            const isCurrent = !item.href.includes("#") && pathname === item.href;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent ? "page" : undefined}
                  className={cn(
                    "block rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 hover:text-slate-900",
                    isCurrent ? "bg-slate-100 text-indigo-700" : "text-slate-700",
                  )}
                >
                  {item.showsUnreadMessages ? withUnreadCount(item.label, unreadMessages) : item.label}
                </Link>
              </li>
            );
          })}
        </ul>

        <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 lg:flex-row lg:items-center lg:border-0 lg:pt-0">
          <ThemeSelect className="lg:[&>span]:sr-only" />
          {user ? (
            <>
              <p className="text-sm text-slate-700">
                <span className="font-medium text-slate-900">{user.name}</span>
                <span className="text-slate-600"> · {user.roleLabel}</span>
              </p>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link
                href="/sign-in"
                aria-current={pathname === "/sign-in" ? "page" : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                Sign in
              </Link>
              <ButtonLink href="/sign-up" size="sm">
                Get started
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </nav>
  );
}
