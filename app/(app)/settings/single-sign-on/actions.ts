"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { parseInput } from "@/lib/api/parse-input";
import { requireUser } from "@/lib/auth/session";
import { answerSsoAction } from "@/lib/sso/action-result";
import { ssoRequirementSchema } from "@/lib/sso/schemas";
import { setSsoRequirement } from "@/lib/sso/set-sso-requirement";

/** The company owner requires a provider for its members, or stops requiring one ("" = none). */
export async function saveSsoRequirement(input: unknown) {
  return answerSsoAction("saving the single sign-on requirement", async () => {
    const user = await requireUser(["CLIENT"]);
    const { provider } = parseInput(ssoRequirementSchema, input, "The requirement");
    await setSsoRequirement({ userId: user.id, provider: provider || null, requestId: (await headers()).get("x-request-id") });
    revalidatePath("/settings/single-sign-on");
  });
}
