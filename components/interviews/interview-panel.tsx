"use client";

import { useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import type { InterviewView } from "@/lib/interviews/interview-view";
import { interviewStateLine } from "./interview-state-line";
import { InterviewTimesForm, type InterviewTimesValues } from "./interview-times-form";

type Props = {
  matchId: string;
  /** Who is on the other side: the expert's name for the client, the company's for the expert. */
  otherName: string;
  side: "CLIENT" | "EXPERT";
  interview: InterviewView | null;
  /** The viewer's zone, preset in the times form. */
  timeZone: string;
  timeZones: readonly string[];
};

type Mode = "idle" | "offer" | "other-times" | "cancel";

/** The interview with one shortlisted expert, as one side sees it, and what that side can do next. */
export function InterviewPanel({ matchId, otherName, side, interview, timeZone, timeZones }: Props) {
  const { toast } = useToast();
  const { isPending, problem, fieldErrors, run } = useApiCall();
  const [mode, setMode] = useState<Mode>("idle");
  const [message, setMessage] = useState("");
  const params = { id: matchId };
  const done = (text: string) => () => {
    setMode("idle");
    setMessage("");
    toast(text, { tone: "success" });
  };

  function offer(values: InterviewTimesValues) {
    const slots = values.slots.filter((slot) => slot.startsAt);
    const body = { ...values, slots };
    if (!interview || interview.state === "CANCELLED") {
      run(() => callApi("POST /api/v1/matches/{id}/interview", { params, body: { ...body, callUrl: values.callUrl ?? "" } }), {
        onDone: done(`Interview times sent to ${otherName}.`),
      });
    } else {
      run(() => callApi("POST /api/v1/matches/{id}/interview/reschedule", { params, body }), { onDone: done(`New times sent to ${otherName}.`) });
    }
  }

  const pick = (startsAt: string) =>
    run(() => callApi("POST /api/v1/matches/{id}/interview/pick", { params, body: { startsAt } }), {
      onDone: done("Interview confirmed. The calendar invite is in your email."),
    });
  const askOtherTimes = () =>
    run(() => callApi("POST /api/v1/matches/{id}/interview/other-times", { params, body: message.trim() ? { note: message.trim() } : {} }), {
      onDone: done(`${otherName} is asked for other times.`),
    });
  const cancel = () =>
    run(() => callApi("POST /api/v1/matches/{id}/interview/cancel", { params, body: message.trim() ? { reason: message.trim() } : {} }), {
      onDone: done(`Interview cancelled. ${otherName} is told.`),
    });

  const canOffer =
    side === "CLIENT"
      ? interview?.state !== "DONE"
      : interview?.state === "PROPOSED" || interview?.state === "CONFIRMED" || (interview?.state === "OTHER_TIMES_REQUESTED" && interview.isViewersTurn);
  const isOpen = interview && interview.state !== "CANCELLED" && interview.state !== "DONE";
  const offerLabel =
    !interview || interview.state === "CANCELLED" ? "Propose an interview" : interview.state === "CONFIRMED" ? "Reschedule" : "Offer other times";

  return (
    <section aria-label={`Interview with ${otherName}`} className="space-y-3 rounded-lg bg-slate-50 p-4">
      <h4 className="text-sm font-semibold text-slate-900">{interview ? interviewStateLine(interview, otherName) : "Interview"}</h4>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      {interview && <InterviewDetails interview={interview} />}
      {interview?.state === "PROPOSED" && interview.isViewersTurn && mode === "idle" && (
        <ul className="flex flex-wrap gap-2" aria-label="Offered times">
          {interview.slots.map((slot) => (
            <li key={slot.startsAt}>
              <Button size="sm" onClick={() => pick(slot.startsAt)} disabled={isPending}>
                Pick {slot.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {mode === "offer" && (
        <InterviewTimesForm
          legend={`${offerLabel} with ${otherName}`}
          submitLabel={interview && interview.state !== "CANCELLED" ? "Send the new times" : "Send the interview times"}
          timeZone={timeZone}
          timeZones={timeZones}
          initialCallUrl={side === "CLIENT" ? (interview?.callUrl ?? "") : undefined}
          isPending={isPending}
          fieldErrors={fieldErrors}
          onSubmit={offer}
          onCancel={() => setMode("idle")}
        />
      )}
      {(mode === "other-times" || mode === "cancel") && (
        <div className="space-y-3">
          <Textarea
            label={mode === "cancel" ? "Reason for cancelling" : `Message to ${otherName}`}
            isOptional
            rows={2}
            maxLength={1000}
            value={message}
            error={fieldErrors.reason ?? fieldErrors.note}
            onChange={(event) => setMessage(event.target.value)}
          />
          <div className="flex flex-wrap gap-3">
            <Button variant={mode === "cancel" ? "danger" : "primary"} isLoading={isPending} onClick={mode === "cancel" ? cancel : askOtherTimes}>
              {mode === "cancel" ? "Cancel the interview" : "Ask for other times"}
            </Button>
            <Button variant="ghost" onClick={() => setMode("idle")} disabled={isPending}>
              Back
            </Button>
          </div>
        </div>
      )}
      {mode === "idle" && (
        <div className="flex flex-wrap gap-2">
          {interview?.state === "PROPOSED" && interview.isViewersTurn && (
            <Button variant="secondary" size="sm" onClick={() => setMode("other-times")}>
              None of these work
            </Button>
          )}
          {canOffer && (
            <Button variant={interview && interview.state !== "CANCELLED" ? "secondary" : "primary"} size="sm" onClick={() => setMode("offer")}>
              {offerLabel}
            </Button>
          )}
          {isOpen && (
            <Button variant="ghost" size="sm" onClick={() => setMode("cancel")}>
              Cancel interview
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function InterviewDetails({ interview }: { interview: InterviewView }) {
  return (
    <div className="space-y-1 text-sm text-slate-700">
      {interview.state === "PROPOSED" && !interview.isViewersTurn && (
        <ul className="list-disc pl-5" aria-label="Times offered">
          {interview.slots.map((slot) => (
            <li key={slot.startsAt}>{slot.label}</li>
          ))}
        </ul>
      )}
      {interview.confirmed && <p>{interview.confirmed.label}</p>}
      {(interview.state === "CONFIRMED" || interview.state === "PROPOSED") && (
        <p className="break-all">
          Call link:{" "}
          <a href={interview.callUrl} className="font-medium text-indigo-700 underline" rel="noopener noreferrer" target="_blank">
            {interview.callUrl}
          </a>
        </p>
      )}
      {interview.note && interview.state === "PROPOSED" && <p>Note: {interview.note}</p>}
      {interview.otherTimesNote && interview.state === "OTHER_TIMES_REQUESTED" && <p>Message: {interview.otherTimesNote}</p>}
      {interview.state === "CANCELLED" && interview.cancelReason && <p>Reason: {interview.cancelReason}</p>}
      <p className="text-xs text-slate-600">Times are shown in {interview.timeZone.replaceAll("_", " ")}.</p>
    </div>
  );
}
