import { z } from "zod";

// Response shapes of the saved-card operations, for the handlers and the OpenAPI document.

export const savedCardSchema = z
  .object({
    brand: z.string().meta({ description: "Stripe's card brand: visa, mastercard, amex, …" }),
    last4: z.string(),
    expMonth: z.number().int(),
    expYear: z.number().int(),
    label: z.string().meta({ description: 'As shown: "Visa •••• 4242"' }),
    expires: z.string().meta({ description: 'MM/YY: "04/29"' }),
    savedAt: z.iso.datetime(),
  })
  .meta({ id: "SavedCard" });

export const savedCardViewSchema = z.object({
  card: savedCardSchema.nullable(),
  failingCharges: z.number().int().meta({ description: "Charges declined on the saved card and waiting for a retry or a new card." }),
});

export const cardSetupSchema = z.object({ checkoutUrl: z.url() });
