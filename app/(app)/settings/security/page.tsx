import type { Metadata } from "next";
import { TwoFactorSection } from "@/components/settings/security/two-factor-section";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDate } from "@/lib/format";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Security settings" };

export default async function SecuritySettingsPage() {
  const user = await requirePageUser({ path: "/settings/security" });
  const status = await getTwoFactorStatus(user.id);
  const isAdmin = user.role === "ADMIN";
  return (
    <>
      {isAdmin && !status.isEnabled && (
        <Alert tone="warning" title="Admins need two-factor authentication">
          Admin tools stay closed until you turn it on: set up an authenticator app below. It takes about a minute.
        </Alert>
      )}
      <TwoFactorSection
        email={user.email}
        isAdmin={isAdmin}
        status={{ isEnabled: status.isEnabled, enabledOn: status.enabledAt && formatDate(status.enabledAt), recoveryCodesLeft: status.recoveryCodesLeft }}
      />
    </>
  );
}
