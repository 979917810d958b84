"use client";

import { type FormEvent, useRef, useState } from "react";
import { bodyFor, useApiCall } from "@/components/api/use-api-call";
import { useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { scheduleInterviewSchema } from "@/lib/vetting/schemas";

/** Books the interview, or moves the one booked; the applicant is sent the time and the link. */
export function ScheduleInterviewForm({
  expertProfileId,
  applicantName,
  isRescheduling,
}: {
  expertProfileId: string;
  applicantName: string;
  isRescheduling: boolean;
}) {
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [localTime, setLocalTime] = useState("");
  const [meetingUrl, setMeetingUrl] = useState("");
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // datetime-local has no zone: it is the admin's own local time, sent on as an instant.
    const scheduledAt = localTime ? new Date(localTime) : undefined;
    if (scheduledAt && scheduledAt.getTime() <= Date.now()) return setFieldErrors({ scheduledAt: "Choose a time in the future." });
    const built = bodyFor(scheduleInterviewSchema, { scheduledAt: scheduledAt?.toISOString(), meetingUrl: meetingUrl.trim() });
    if ("errors" in built) return setFieldErrors(built.errors);
    run(() => callApi("POST /api/v1/admin/applicants/{id}/interviews", { params: { id: expertProfileId }, body: built.body }), {
      onDone: () => {
        toast(`Interview ${isRescheduling ? "moved" : "booked"}. ${applicantName} has been sent the time and the link.`, { tone: "success" });
        setLocalTime("");
        setMeetingUrl("");
      },
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="schedule-heading"
      className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h3 id="schedule-heading" className="text-base font-semibold text-slate-900">
        {isRescheduling ? "Move the interview" : "Book the interview"}
      </h3>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Input
          label="Interview time"
          type="datetime-local"
          hint="In your local time."
          value={localTime}
          onChange={(event) => setLocalTime(event.target.value)}
          error={fieldErrors.scheduledAt}
        />
        <Input
          label="Meeting link"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="The https link of the video call."
          value={meetingUrl}
          onChange={(event) => setMeetingUrl(event.target.value)}
          error={fieldErrors.meetingUrl}
        />
      </div>
      <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
        {isRescheduling ? "Move interview" : "Schedule interview"}
      </Button>
    </form>
  );
}
