import type { OperationDoc } from "@/lib/endpoints/openapi-summary";
import { SchemaView } from "./schema-view";

const METHOD_TONE: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-emerald-100 text-emerald-900",
  PUT: "bg-amber-100 text-amber-900",
  PATCH: "bg-amber-100 text-amber-900",
  DELETE: "bg-red-100 text-red-900",
};

export function OperationView({ operation }: { operation: OperationDoc }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-base text-slate-900">
        <span className={`rounded px-2 py-0.5 text-xs font-bold ${METHOD_TONE[operation.method] ?? "bg-slate-100"}`}>{operation.method}</span>
        <span className="min-w-0 break-all">{operation.path}</span>
      </h3>
      <p className="mt-1 text-slate-700">{operation.summary}</p>
      <p className="mt-1 text-sm text-slate-600">
        Who may call it: {operation.roles}
        {operation.isSessionOnly && " (signed in on this site; not with an API token)"}
      </p>
      {operation.parameters.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          Parameters: {operation.parameters.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join(", ")}
        </p>
      )}
      {operation.requestSchema && (
        <div className="mt-3">
          <SchemaView schema={operation.requestSchema} caption="Request body (JSON)" />
        </div>
      )}
      <h4 className="mt-3 text-sm font-semibold text-slate-800">Responses</h4>
      <ul className="mt-1 space-y-2 text-sm text-slate-700">
        {operation.responses.map((response) => (
          <li key={response.status}>
            <span className="font-mono font-semibold">{response.status}</span> — {response.description}
            {response.schema?.properties && (
              <div className="mt-1 pl-4">
                <SchemaView schema={response.schema} caption={`${response.status} body`} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
