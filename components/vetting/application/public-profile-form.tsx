"use client";

import { type FormEvent, useId, useState } from "react";
import { bodyFor, useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { updateProfileSchema } from "@/lib/vetting/application/profile-schema";

export type PublicProfileValues = { publicProfile: boolean; publicProfilePath: string | null; country: string | null };

/**
 * The expert's one choice about the public: a public profile means their name on Vetted's "Hire a … expert"
 * pages and a profile page anyone can open at a shareable address. Saved on its own.
 */
export function PublicProfileForm({ initial, countries }: { initial: PublicProfileValues; countries: readonly { code: string; name: string }[] }) {
  const { toast } = useToast();
  const checkboxId = useId();
  const [publicProfile, setPublicProfile] = useState(initial.publicProfile);
  const [country, setCountry] = useState(initial.country ?? "");
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = bodyFor(updateProfileSchema, { publicProfile, country: country || null });
    if ("errors" in built) return setFieldErrors(built.errors);
    run(() => callApi("PATCH /api/v1/profile", { body: built.body }), {
      onDone: () => toast("Saved. Public pages show the change within seconds.", { tone: "success" }),
    });
  }

  return (
    <Card>
      <form noValidate onSubmit={handleSubmit} aria-label="Public profile" className="space-y-5">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">Public profile</h2>
          <p className="mt-1 text-sm text-slate-600">
            Vetted&apos;s public pages for each skill (such as “Hire a FastAPI expert”) show a few approved experts, so companies see who they could work with.
            Without a public profile you appear there anonymously: your headline, your years in the skill, your verified skills and your country — never your
            name, email, photo, links or bio.
          </p>
        </div>
        {problem && (
          <Alert tone="danger" role="alert">
            {problem.message}
          </Alert>
        )}
        <div className="flex gap-3">
          <input
            id={checkboxId}
            type="checkbox"
            name="publicProfile"
            checked={publicProfile}
            onChange={(event) => setPublicProfile(event.target.checked)}
            aria-describedby={`${checkboxId}-hint`}
            className="mt-0.5 size-4 shrink-0 accent-indigo-600"
          />
          <div>
            <label htmlFor={checkboxId} className="text-sm font-medium text-slate-900">
              Make my profile public
            </label>
            <p id={`${checkboxId}-hint`} className="text-sm text-slate-600">
              Ticked, the hiring pages show your name and link to your public profile page, which anyone can open and search engines can list: your photo, name,
              headline, bio, skills, vetting, country, rate, availability, portfolio and reviews (never your email, timezone or links). Unticked, that page
              disappears within seconds and you are shown as an anonymous expert again.
            </p>
            {initial.publicProfile && initial.publicProfilePath && (
              <p className="mt-1 text-sm text-slate-700">
                Your public profile:{" "}
                <a href={initial.publicProfilePath} className="text-link">
                  {initial.publicProfilePath}
                </a>
              </p>
            )}
            {fieldErrors.publicProfile && <p className="mt-1 text-sm text-red-700">{fieldErrors.publicProfile}</p>}
          </div>
        </div>
        <Select
          label="Country"
          name="country"
          isOptional
          placeholder="Don't show a country"
          hint="Where you live. Shown on public pages instead of your timezone."
          value={country}
          error={fieldErrors.country}
          onChange={(event) => setCountry(event.target.value)}
          fieldClassName="sm:max-w-sm"
        >
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <div className="flex justify-end border-t border-slate-200 pt-5">
          <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
            Save public profile
          </Button>
        </div>
      </form>
    </Card>
  );
}
