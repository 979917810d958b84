"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { saveBillingDetailsAction } from "@/app/(app)/client/billing/actions";
import { FormFeedback, fieldError } from "@/components/accounts/form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { IDLE } from "@/lib/accounts/form-result";
import type { BillingDetailsView } from "@/lib/invoices/billing";

export type BillingDetailsFormProps = {
  billing: BillingDetailsView;
  countries: { code: string; name: string }[];
};

export function BillingDetailsForm({ billing, countries }: BillingDetailsFormProps) {
  const [result, formAction, isPending] = useActionState(saveBillingDetailsAction, IDLE);
  const { details } = billing;
  // Submitted by hand rather than through `action`, so a refused form keeps what was typed.
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form method="post" onSubmit={handleSubmit} noValidate className="mt-4 space-y-5">
      <FormFeedback result={result} />
      <Input
        label="Legal name"
        name="legalName"
        required
        autoComplete="organization"
        defaultValue={details.legalName ?? billing.companyName}
        hint="As it should appear on receipts, e.g. “Acme Software GmbH”."
        error={fieldError(result, "legalName")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Input
          label="Address line 1"
          name="addressLine1"
          isOptional
          autoComplete="address-line1"
          defaultValue={details.addressLine1 ?? ""}
          error={fieldError(result, "addressLine1")}
        />
        <Input
          label="Address line 2"
          name="addressLine2"
          isOptional
          autoComplete="address-line2"
          defaultValue={details.addressLine2 ?? ""}
          error={fieldError(result, "addressLine2")}
        />
        <Input
          label="Postal code"
          name="postalCode"
          isOptional
          autoComplete="postal-code"
          defaultValue={details.postalCode ?? ""}
          error={fieldError(result, "postalCode")}
        />
        <Input label="City" name="city" isOptional autoComplete="address-level2" defaultValue={details.city ?? ""} error={fieldError(result, "city")} />
        <Input
          label="State or region"
          name="region"
          isOptional
          autoComplete="address-level1"
          defaultValue={details.region ?? ""}
          error={fieldError(result, "region")}
        />
        <Select
          label="Country"
          name="country"
          isOptional
          defaultValue={details.country ?? ""}
          placeholder="Choose a country"
          error={fieldError(result, "country")}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </Select>
      </div>
      <Input
        label="Tax ID"
        name="taxId"
        isOptional
        defaultValue={details.taxId ?? ""}
        hint="VAT number, EIN or your country's equivalent, e.g. DE123456789."
        error={fieldError(result, "taxId")}
      />
      <Textarea
        label="Billing emails"
        name="emails"
        isOptional
        rows={2}
        defaultValue={details.emails.join("\n")}
        hint="Up to 5 extra addresses that receive every receipt (owners and finance members always do). One per line."
        error={fieldError(result, "emails") ?? Object.entries(result.fields).find(([name]) => name.startsWith("emails."))?.[1]?.[0]}
      />
      <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
        Save billing details
      </Button>
    </form>
  );
}
