import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { settingsSectionsFor } from "@/components/settings/settings-sections";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser({ path: "/settings" });
  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader title="Settings" description="Your account, its security and how Vetted reaches you." />
      <div className="flex flex-col gap-8 md:flex-row">
        <aside className="md:w-52 md:shrink-0">
          <SettingsNav sections={settingsSectionsFor(user.role)} />
        </aside>
        <div className="min-w-0 flex-1 space-y-8">{children}</div>
      </div>
    </div>
  );
}
