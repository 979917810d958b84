"use client";

import { useApiCall } from "@/components/api/use-api-call";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/endpoints/client";

/** "Save" / "Saved": adds the expert to the company's saved list or takes them off it. */
export function SaveToggle({ expertProfileId, expertName, isSaved }: { expertProfileId: string; expertName: string; isSaved: boolean }) {
  const { isPending, problem, run } = useApiCall();
  const params = { id: expertProfileId };
  function toggle() {
    run(() => (isSaved ? callApi("DELETE /api/v1/saved-experts/{id}", { params }) : callApi("PUT /api/v1/saved-experts/{id}", { params })));
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        aria-pressed={isSaved}
        aria-label={isSaved ? `Saved: remove ${expertName} from saved experts` : `Save ${expertName}`}
        isLoading={isPending}
        loadingLabel="Saving…"
        onClick={toggle}
      >
        {isSaved ? "★ Saved" : "☆ Save"}
      </Button>
      {problem && (
        <span role="alert" className="text-sm text-red-700">
          {problem.message}
        </span>
      )}
    </span>
  );
}
