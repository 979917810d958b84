import type { Metadata } from "next";
import { SkillSearchForm } from "@/components/hire/skill-search-form";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";

export const metadata: Metadata = { title: "No such skill page", robots: { index: false } };

export default function HireNotFound() {
  return (
    <StatusPage
      code="404"
      title="We have no page for that skill"
      actions={
        <ButtonLink href="/hire" variant="secondary" prefetch={false}>
          Browse every skill
        </ButtonLink>
      }
    >
      <p>The address may be misspelt, or the skill may go by another name. Search for it:</p>
      <div className="mt-6 flex justify-center text-left">
        <SkillSearchForm />
      </div>
    </StatusPage>
  );
}
