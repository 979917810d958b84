"use client";

import { type FormEvent, useId, useRef, useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { reviewSchema } from "@/lib/reviews/schemas";
import { checkWith, useFocusFirstInvalid } from "./form-errors";

const RATINGS = [1, 2, 3, 4, 5] as const;

/** 1–5 stars as native radio buttons (arrow keys move between them) and an optional text. */
export function ReviewForm({ contractId, subjectName, isAboutClient }: { contractId: string; subjectName: string; isAboutClient: boolean }) {
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const legendId = useId();
  const errorId = useId();
  const [rating, setRating] = useState<number | null>(null);
  const [text, setText] = useState("");
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = checkWith(reviewSchema, { rating, text });
    if ("errors" in built) return setFieldErrors(built.errors);
    const { body } = built;
    run(() => callApi("POST /api/v1/contracts/{id}/review", { params: { id: contractId }, body }), {
      onDone: () => void toast(`Thank you. Your review of ${subjectName} is saved.`, { tone: "success" }),
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} aria-labelledby="review-form-heading" className="space-y-4 border-t border-slate-200 pt-4">
      <div>
        <h3 id="review-form-heading" className="text-base font-semibold text-slate-900">
          Review {subjectName}
        </h3>
        <p className="mt-1 text-sm text-slate-600">
          {isAboutClient
            ? "Your rating is shown to experts invited to this company's requests."
            : "Your rating is shown on their profile and helps us match the right experts to future requests."}
        </p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <fieldset aria-labelledby={legendId} aria-describedby={fieldErrors.rating ? errorId : undefined}>
        <legend id={legendId} className="text-sm font-medium text-slate-900">
          Rating
        </legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {RATINGS.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-300 has-checked:ring-2 has-checked:ring-indigo-600"
            >
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
                aria-invalid={fieldErrors.rating ? true : undefined}
                className="size-4 accent-indigo-600"
              />
              {value}
              <span aria-hidden="true">{"★".repeat(value)}</span>
              <span className="sr-only">{value === 1 ? " star" : " stars"}</span>
            </label>
          ))}
        </div>
        {fieldErrors.rating && (
          <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
            {fieldErrors.rating}
          </p>
        )}
      </fieldset>
      <Textarea label="Your review" name="text" rows={4} isOptional value={text} onChange={(event) => setText(event.target.value)} error={fieldErrors.text} />
      <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
        Submit review
      </Button>
    </form>
  );
}
