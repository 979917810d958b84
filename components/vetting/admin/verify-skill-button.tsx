"use client";

import { useApiAction } from "@/components/contracts/use-api-action";
import { Button } from "@/components/ui/button";
import { applicantApiPath } from "./paths";

/** Verifies a skill, or takes the verification back; the page refreshes with the new state. */
export function VerifySkillButton({ expertProfileId, skill }: { expertProfileId: string; skill: { skillId: string; name: string; isVerified: boolean } }) {
  const { isPending, problem, run } = useApiAction();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant={skill.isVerified ? "secondary" : "primary"}
        isLoading={isPending}
        loadingLabel="Saving…"
        onClick={() => run(applicantApiPath(expertProfileId, "skills", skill.skillId, "verification"), { verified: !skill.isVerified })}
      >
        {skill.isVerified ? `Remove verification of ${skill.name}` : `Mark ${skill.name} verified`}
      </Button>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem.message}
        </p>
      )}
    </div>
  );
}
