import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { announceExpertHirePages, hirePagePathsOf } from "@/lib/hire-pages/announce-changes";
import { newPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import { assertExpert } from "./access";
import { claimProfile } from "./claim-profile";
import { loadApplication } from "./load-application";
import type { ProfileChangesInput } from "./profile-schema";
import { assertSkillsUsable, replaceExpertSkills } from "./replace-skills";
import { profileColumns } from "./stored-values";

/**
 * An approved expert keeps their own profile current. Matching reads these columns, so a change
 * (hours, availability, rate, timezone) counts from the next invite round. Skills: added ones start
 * unverified; a skill whose level or years change loses its verification until an admin checks again.
 * The expert also chooses here whether their profile is public (named on the hiring pages, and a public
 * profile page at /p/<slug>), and which country public pages show.
 */
export async function updateProfile({ user, input, now }: { user: SessionUser; input: ProfileChangesInput; now: Date }) {
  assertExpert(user);
  const { skills, ...changes } = input;
  if (skills) await assertSkillsUsable(skills, "skills");

  const { application, pagesBefore } = await db.$transaction(async (tx) => {
    const profile = await claimProfile(tx, { user, action: "update-profile", now });
    // The pages of a skill dropped here still show the expert until regenerated: read them before the skills change.
    const pagesBefore = skills ? await hirePagePathsOf(user.id, tx) : [];
    await tx.expertProfile.update({ where: { id: profile.id }, data: profileColumns(changes, profile.links, now) });
    // The first opt-in makes the public profile's address; it stays the same through later opt-outs and opt-ins.
    if (changes.publicProfile) {
      await tx.expertProfile.updateMany({ where: { id: profile.id, publicSlug: null }, data: { publicSlug: newPublicProfileSlug(user.name) } });
    }
    if (skills) await replaceExpertSkills(tx, { expertProfileId: profile.id, skills, keepsVerification: () => false });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.updated",
      targetType: "ExpertProfile",
      targetId: profile.id,
      data: { fields: Object.keys(input) },
    });
    return { application: await loadApplication(tx, user, now), pagesBefore };
  });
  // Headline, rate, availability, skills, country and the choice to be named all show on public pages.
  await announceExpertHirePages(user.id, { before: pagesBefore });
  return application;
}
