import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { cancelledRequestSchema, requestPathSchema } from "./api-schemas";
import { cancelRequest } from "./cancel-request";

export const cancelRequestOperation = defineOperation({
  method: "POST",
  path: "/api/v1/requests/{id}/cancel",
  summary: "Cancel a draft, or a request being matched or matched; open invitations expire",
  tag: "Requests",
  access: ["CLIENT"],
  input: { params: requestPathSchema },
  output: { status: 200, description: "The request is cancelled.", schema: cancelledRequestSchema },
  errors: [400, 404, 409],
  handler: ({ user, params }) => cancelRequest({ user, requestId: params.id, now: now() }),
});
