import { describe, expect, expectTypeOf, it } from "vitest";
import { type ApiAnswer, type callApi, fillPath, type OperationKey, type OutputOf, operationUrl } from "@/lib/endpoints/client";

describe("the typed API client", () => {
  it("fills path parameters, encoded, and refuses a missing one", () => {
    expect(fillPath("/api/v1/requests/{id}/cancel", { id: "a b/c" })).toBe("/api/v1/requests/a%20b%2Fc/cancel");
    expect(() => fillPath("/api/v1/requests/{id}", {})).toThrow(/no value for \{id\}/);
  });

  it("builds an operation's address with its query, leaving out what is undefined (the EventSource's URL)", () => {
    expect(operationUrl("GET /api/v1/stream", { query: { after: 42 } })).toBe("/api/v1/stream?after=42");
    expect(operationUrl("GET /api/v1/stream", { query: { after: undefined, conversationId: "c1" } })).toBe("/api/v1/stream?conversationId=c1");
    expect(operationUrl("GET /api/v1/conversations/{id}/messages", { params: { id: "a/b" }, query: {} })).toBe("/api/v1/conversations/a%2Fb/messages");
  });

  it("names operations by method and path, and types their input and output from the declarations", () => {
    expectTypeOf<"GET /api/v1/requests/{id}">().toExtend<OperationKey>();
    expectTypeOf<"DELETE /api/v1/requests/{id}">().not.toExtend<OperationKey>();
    expectTypeOf<OutputOf<"GET /api/v1/skills">>().toEqualTypeOf<{
      skills: { id: string; name: string; category: string; matchedAlias?: string | undefined }[];
    }>();
    expectTypeOf<Parameters<typeof callApi<"GET /api/v1/requests/{id}">>[1]>().toEqualTypeOf<{ params: { id: string } }>();
    expectTypeOf<ReturnType<typeof callApi<"POST /api/v1/requests/{id}/cancel">>>().toEqualTypeOf<
      Promise<ApiAnswer<{ id: string; status: "CANCELLED"; cancelledAt: string; expiredInvitations: number }>>
    >();
  });
});
