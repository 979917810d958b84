import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { countUnreadNotifications } from "@/lib/notifications/count-unread";
import { navigationFor, ROLE_LABEL } from "./navigation";
import { SiteNav } from "./site-nav";

async function userOrNull(): Promise<SessionUser | null> {
  try {
    return await currentUser();
  } catch (error) {
    unstable_rethrow(error); // Next's own control flow (dynamic rendering, redirects) must pass through.
    // The header sits in the root layout, outside every error boundary but the global one:
    // if the user cannot be read, show the public header rather than take the whole page down.
    logger.error({ err: error }, "site header could not read the current user");
    return null;
  }
}

export async function SiteHeader() {
  const user = await userOrNull();
  const unread = user ? await countUnreadNotifications({ user }) : 0;
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
            V
          </span>
          Vetted
        </Link>
        <SiteNav
          items={navigationFor(user?.role ?? null, unread)}
          user={user ? { name: user.name, roleLabel: ROLE_LABEL[user.role] } : null}
        />
      </div>
    </header>
  );
}
