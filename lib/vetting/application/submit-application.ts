import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyAdmins, notifyUsers } from "@/lib/notifications/notify";
import { assertExpert } from "./access";
import { claimProfile } from "./claim-profile";
import { loadApplication } from "./load-application";
import { checkSteps, listSteps } from "./steps";

/**
 * Submits the caller's draft: every step is checked whole (a 422 with the problems of each missing
 * step otherwise), then submittedAt is set, admins are told there is an application to screen and
 * the applicant gets an email that it arrived.
 */
export async function submitApplication({ user, now }: { user: SessionUser; now: Date }) {
  assertExpert(user);
  return db.$transaction(async (tx) => {
    const profile = await claimProfile(tx, { user, action: "submit", now });
    const draft = await loadApplication(tx, user, now);
    const { missing, fields } = checkSteps(draft.steps);
    if (missing.length) throw new AppError("VALIDATION_FAILED", `Your application is not complete yet: finish ${listSteps(missing)}.`, { fields });

    await tx.expertProfile.update({ where: { id: profile.id }, data: { submittedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "application.submitted", targetType: "ExpertProfile", targetId: profile.id });
    const dedupeKey = `application-submitted:${profile.id}:${now.toISOString()}`;
    await notifyAdmins(tx, {
      kind: "vetting.application-submitted",
      title: `New expert application: ${user.name}`,
      body: `${user.name} applied as “${draft.steps.profile.headline}”. The application is waiting for screening.`,
      link: `/admin/vetting/${encodeURIComponent(profile.id)}`,
      dedupeKey,
    });
    await notifyUsers(tx, [user.id], {
      kind: "vetting.application-received",
      title: "We received your application",
      body: "Thank you for applying to Vetted. A reviewer reads every application, usually within a few working days. You can follow its progress at any time on your application page.",
      link: "/expert/application",
      dedupeKey,
    });
    return loadApplication(tx, user, now);
  });
}
