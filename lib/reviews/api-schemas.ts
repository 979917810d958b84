import { z } from "zod";

const dateTime = z.iso.datetime();
const malformedContractId = "The contract id in the address is not valid.";
export const reviewContractPathSchema = z.object({
  id: z.string({ error: malformedContractId }).min(1, malformedContractId).max(64, malformedContractId),
});
const direction = z.enum(["CLIENT_TO_EXPERT", "EXPERT_TO_CLIENT"]);

export const writtenReviewSchema = z
  .object({
    id: z.string(),
    direction,
    rating: z.number().int().min(1).max(5),
    text: z.string(),
    createdAt: dateTime,
    isPublished: z.boolean().meta({ description: "True when the other side had reviewed already: both are now visible to both." }),
  })
  .meta({ id: "WrittenReview" });

const sideReviewSchema = z.object({
  isWritten: z.boolean().meta({ description: "Whether this side has written its review (its content stays hidden from the other side until published)." }),
  review: z
    .object({
      id: z.string(),
      direction,
      rating: z.number().int(),
      text: z.string(),
      createdAt: dateTime,
      publishedAt: dateTime.nullable(),
      authorName: z.string(),
    })
    .nullable()
    .meta({ description: "Present once published, or when it is the viewer's own side's review." }),
});

export const contractReviewsSchema = z
  .object({
    window: z
      .object({ opensAt: dateTime, closesAt: dateTime, isOpen: z.boolean() })
      .nullable()
      .meta({ description: "Null until the contract has ended with work delivered." }),
    byClient: sideReviewSchema,
    byExpert: sideReviewSchema,
    canWrite: z.boolean(),
  })
  .meta({ id: "ContractReviews" });
