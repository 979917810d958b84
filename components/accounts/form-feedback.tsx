import { Alert } from "@/components/ui/alert";
import type { FormResult } from "@/lib/accounts/form-result";

/** The first message of a field, as shown next to it. */
export const fieldError = (result: FormResult, name: string) => result.fields[name]?.[0];

/** The form's answer above its fields: an alert for a refusal, a status for success. */
export function FormFeedback({ result }: { result: FormResult }) {
  if (!result.message) return null;
  return (
    <Alert tone={result.ok ? "success" : "danger"} role={result.ok ? "status" : "alert"}>
      {result.message}
    </Alert>
  );
}
