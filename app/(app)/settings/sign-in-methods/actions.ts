"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { parseInput } from "@/lib/api/parse-input";
import { requireUser } from "@/lib/auth/session";
import { answerSsoAction } from "@/lib/sso/action-result";
import { providerIdSchema } from "@/lib/sso/schemas";
import { unlinkAccount } from "@/lib/sso/unlink-account";

/** Unlinks one of the signed-in user's providers (refused when it is their last way to sign in). */
export async function unlinkProvider(provider: unknown) {
  return answerSsoAction("unlinking a sign-in provider", async () => {
    const user = await requireUser(["CLIENT", "EXPERT", "ADMIN"]);
    const providerId = parseInput(providerIdSchema, provider, "The provider");
    await unlinkAccount({ userId: user.id, provider: providerId, requestId: (await headers()).get("x-request-id") });
    revalidatePath("/settings/sign-in-methods");
  });
}
