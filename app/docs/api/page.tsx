import type { Metadata } from "next";
import { CallingWithAToken } from "@/components/api-docs/calling-with-a-token";
import { OperationView } from "@/components/api-docs/operation-view";
import { summarizeOpenApi } from "@/lib/endpoints/openapi-summary";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "API reference" };

export default function ApiDocsPage() {
  const { title, description, operations } = summarizeOpenApi();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 wrap-break-word">
      <h1 className="text-3xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-700">{description}</p>
      <p className="mt-2 text-slate-700">
        Machine-readable:{" "}
        <a className="text-indigo-700 underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <CallingWithAToken origin={new URL(env().NEXTAUTH_URL ?? "http://localhost:3000").origin} />
      <h2 className="mt-8 text-xl font-semibold text-slate-900">Operations</h2>
      <div className="mt-4 space-y-4">
        {operations.map((operation) => (
          <OperationView key={`${operation.method} ${operation.path}`} operation={operation} />
        ))}
      </div>
    </div>
  );
}
