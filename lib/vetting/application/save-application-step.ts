import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { SaveApplicationStepInput } from "@/lib/vetting/schemas";
import { assertExpert } from "./access";
import { claimProfile } from "./claim-profile";
import { loadApplication } from "./load-application";
import { assertSkillsUsable, replaceExpertSkills } from "./replace-skills";
import { type ProfileChanges, profileColumns } from "./stored-values";

type NonSkillStep = Exclude<SaveApplicationStepInput, { step: "skills" }>;

function changesOf(saved: NonSkillStep): ProfileChanges {
  if (saved.step === "links") return { links: saved.values };
  if (saved.step === "answers") return { answers: saved.values };
  return saved.values;
}

/**
 * Saves one step of the caller's draft application (APPLIED, not yet submitted). Each saved step is
 * valid on its own; the skills step replaces the whole skill set, keeping an admin's verification of
 * a skill whose level stays the same.
 */
export async function saveApplicationStep({ user, input: saved, now }: { user: SessionUser; input: SaveApplicationStepInput; now: Date }) {
  assertExpert(user);
  if (saved.step === "skills") await assertSkillsUsable(saved.values.skills, "values.skills");

  return db.$transaction(async (tx) => {
    const profile = await claimProfile(tx, { user, action: "edit", now });
    if (saved.step === "skills") {
      await replaceExpertSkills(tx, {
        expertProfileId: profile.id,
        skills: saved.values.skills,
        keepsVerification: (before, after) => before.level === after.level,
      });
    } else {
      await tx.expertProfile.update({ where: { id: profile.id }, data: profileColumns(changesOf(saved), profile.links, now) });
    }
    return loadApplication(tx, user, now);
  });
}
