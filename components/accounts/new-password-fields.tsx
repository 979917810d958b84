import { Input } from "@/components/ui/input";
import type { FormResult } from "@/lib/accounts/form-result";
import { fieldError } from "./form-feedback";

/** The new password twice, under the password policy's hint: for a reset and for a change alike. */
export function NewPasswordFields({ result }: { result: FormResult }) {
  return (
    <>
      <Input
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A few uncommon words together make a strong password you can remember."
        error={fieldError(result, "password")}
      />
      <Input
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(result, "confirmPassword")}
      />
    </>
  );
}
