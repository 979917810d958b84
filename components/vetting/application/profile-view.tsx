import { PageHeader } from "@/components/ui/page-header";
import type { ApplicationValues } from "@/lib/vetting/application/steps";
import { ProfileEditor } from "./profile-editor";

export function ProfileView({ steps, timeZones }: { steps: ApplicationValues; timeZones: readonly string[] }) {
  return (
    <div className="mx-auto w-full max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <PageHeader
        title="Your profile"
        description="What clients see when we match you, and what matching reads: your availability, rate, timezone and skills."
      />
      <ProfileEditor steps={steps} timeZones={timeZones} />
    </div>
  );
}
