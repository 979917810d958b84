import type { Prisma } from "@/generated/prisma/client";
import type { VettingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { REAPPLY_COOL_OFF_DAYS } from "@/lib/vetting/transitions";
import { ownProfileWhere } from "./access";

type ProfileAction = "edit" | "submit" | "reapply" | "update-profile";

/** The state each action needs, checked in the `where` of the write that claims the row. */
function expectedState(action: ProfileAction, now: Date): Prisma.ExpertProfileWhereInput {
  switch (action) {
    case "edit":
    case "submit":
      return { vettingStatus: "APPLIED", submittedAt: null };
    case "reapply":
      return { vettingStatus: "REJECTED", OR: [{ reapplyAfter: null }, { reapplyAfter: { lte: now } }] };
    case "update-profile":
      return { vettingStatus: "APPROVED" };
  }
}

/**
 * Locks the caller's own profile for the rest of the transaction, provided it is in the state the
 * action needs; otherwise a 409 saying why (or a 404 when the caller has no profile). Concurrent
 * actions queue on the row lock and see each other's result, so a submit and a save cannot both win.
 */
export async function claimProfile(tx: Transaction, { user, action, now }: { user: SessionUser; action: ProfileAction; now: Date }) {
  const { count } = await tx.expertProfile.updateMany({ where: { ...ownProfileWhere(user), ...expectedState(action, now) }, data: { updatedAt: now } });
  const profile = await tx.expertProfile.findUnique({
    where: ownProfileWhere(user),
    select: { id: true, links: true, vettingStatus: true, submittedAt: true, reapplyAfter: true },
  });
  if (!profile) throw notFound("Your expert profile");
  if (!count) throw new AppError("CONFLICT", refusal(action, profile, now));
  return profile;
}

type ProfileState = { vettingStatus: VettingStatus; submittedAt: Date | null; reapplyAfter: Date | null };

const NOT_APPROVED_YET = "Your profile can be edited here once you are approved. Until then, your application holds it.";
const RELOAD = "Your profile changed while this was being saved. Reload the page and try again.";

function refusal(action: ProfileAction, { vettingStatus, submittedAt, reapplyAfter }: ProfileState, now: Date): string {
  const startAgain = reapplyAfter && reapplyAfter > now ? `You may start a new application on ${formatDate(reapplyAfter)}.` : "Start a new application first.";
  switch (vettingStatus) {
    case "APPLIED":
      if (action === "update-profile") return NOT_APPROVED_YET;
      if (!submittedAt) return action === "reapply" ? "Your application is already open: finish and submit it." : RELOAD;
      return `Your application was submitted on ${formatDate(submittedAt)}, so it can no longer be changed. We'll email you when a reviewer picks it up.`;
    case "SCREENING":
    case "INTERVIEW":
      return action === "update-profile"
        ? NOT_APPROVED_YET
        : `Your application is being reviewed (${vettingStatus.toLowerCase()}), so it can no longer be changed.`;
    case "APPROVED":
      return action === "update-profile" ? RELOAD : "You are approved already: keep your profile current on your profile page.";
    case "REJECTED":
      if (action === "reapply") {
        return `You can re-apply from ${formatDate(reapplyAfter ?? now)}: we ask applicants to wait ${REAPPLY_COOL_OFF_DAYS} days after a decision.`;
      }
      return `This application was not accepted, so it can no longer be changed. ${startAgain}`;
    case "SUSPENDED":
      return "Your profile is suspended, so it cannot be changed. Contact support to find out more.";
  }
}
