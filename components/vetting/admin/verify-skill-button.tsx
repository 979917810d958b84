"use client";

import { useApiCall } from "@/components/api/use-api-call";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** Verifies a skill, or takes the verification back; the page refreshes with the new state. */
export function VerifySkillButton({ expertProfileId, skill }: { expertProfileId: string; skill: { skillId: string; name: string; isVerified: boolean } }) {
  const { isPending, problem, run } = useApiCall();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant={skill.isVerified ? "secondary" : "primary"}
        isLoading={isPending}
        loadingLabel="Saving…"
        onClick={() =>
          run(() =>
            callApi("POST /api/v1/admin/applicants/{id}/skills/{skillId}/verification", {
              params: { id: expertProfileId, skillId: skill.skillId },
              body: { verified: !skill.isVerified },
            }),
          )
        }
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
