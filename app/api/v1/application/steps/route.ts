import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { saveApplicationStep } from "@/lib/vetting/application/save-application-step";
import { saveApplicationStepSchema } from "@/lib/vetting/schemas";

export const PUT = apiRoute({ access: ["EXPERT"], body: saveApplicationStepSchema }, async ({ user, body }) =>
  saveApplicationStep({ user, input: body, now: now() }),
);
