import type { Metadata } from "next";
import { ApiTokensSection } from "@/components/settings/api-tokens/api-tokens-section";
import { toTokenRow } from "@/components/settings/api-tokens/token-row";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensSettingsPage() {
  const user = await requirePageUser({ path: "/settings/api-tokens" });
  const { tokens } = await listApiTokens(user);
  const at = now();
  return <ApiTokensSection tokens={tokens.map((token) => toTokenRow(token, at))} />;
}
