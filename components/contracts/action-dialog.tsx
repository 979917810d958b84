"use client";

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ButtonSize, ButtonVariant } from "@/components/ui/button-styles";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ApiAnswer } from "@/lib/endpoints/client";
import { type BuiltBody, useFocusFirstInvalid } from "./form-errors";

type ActionDialogProps<Body, Answer> = {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: string;
  description: ReactNode;
  /** The body to send, or the field errors that keep it from being sent (the shared zod schema decides). */
  buildBody?: () => BuiltBody<Body>;
  /** The API call that sends it (a confirmation without fields sends none). */
  call: (body: Body) => Promise<ApiAnswer<Answer>>;
  /** Takes the answer instead of the usual close, toast and refresh when it returns false (e.g. to go to a payment page). */
  onAnswer?: (answer: Answer) => boolean | void;
  submitLabel: string;
  pendingLabel: string;
  submitVariant?: ButtonVariant;
  successMessage: string;
  /** Something in the form is still under way (files uploading): the submit button waits for it. */
  isSubmitBlocked?: boolean;
  /** The form's fields, given the errors to show next to them. */
  children?: (fieldErrors: FieldErrorMap) => ReactNode;
};

/** A button that opens a dialog with a short form (or just a confirmation), posts it, and refreshes the page. */
export function ActionDialog<Body, Answer = unknown>(props: ActionDialogProps<Body, Answer>) {
  const {
    triggerLabel,
    triggerVariant = "secondary",
    triggerSize = "sm",
    title,
    description,
    buildBody,
    call,
    onAnswer,
    submitLabel,
    pendingLabel,
    submitVariant,
    successMessage,
    isSubmitBlocked = false,
    children,
  } = props;
  const [isOpen, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const goBackRef = useRef<HTMLButtonElement>(null);
  const { toast } = useToast();
  const { isPending, problem, fieldErrors, setFieldErrors, run, reset } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);

  // Runs after the Dialog (a child) has opened: start on the first field, or on the safe choice of a confirmation.
  useEffect(() => {
    if (isOpen) (formRef.current?.querySelector<HTMLElement>("select, textarea, input") ?? goBackRef.current)?.focus();
  }, [isOpen]);

  function open() {
    reset();
    setOpen(true);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = buildBody?.();
    if (built && "errors" in built) return setFieldErrors(built.errors);
    run(() => call(built?.body as Body), {
      onDone: (answer) => {
        if (onAnswer?.(answer) === false) return false;
        setOpen(false);
        toast(successMessage, { tone: "success" });
      },
    });
  }

  return (
    <>
      <Button variant={triggerVariant} size={triggerSize} onClick={open}>
        {triggerLabel}
      </Button>
      <Dialog open={isOpen} onClose={() => setOpen(false)} title={title} description={description}>
        <form ref={formRef} noValidate onSubmit={handleSubmit} className="space-y-4">
          {problem && (
            <Alert tone="danger" role="alert">
              {problem.message}
            </Alert>
          )}
          {children?.(fieldErrors)}
          <div className="flex flex-wrap justify-end gap-3 pt-2">
            <Button ref={goBackRef} variant="secondary" onClick={() => setOpen(false)} disabled={isPending}>
              Go back
            </Button>
            <Button type="submit" variant={submitVariant} isLoading={isPending} loadingLabel={pendingLabel} disabled={isSubmitBlocked}>
              {submitLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
