import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// An OpenTelemetry collector as far as the trace exporter can tell: OTLP/HTTP with JSON bodies
// (what @opentelemetry/exporter-trace-otlp-http sends) at /v1/traces, on a port the OS gives out.

type AnyValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value: AnyValue };
type OtlpSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: KeyValue[] };
type ExportRequest = {
  resourceSpans?: { resource?: { attributes?: KeyValue[] }; scopeSpans?: { scope?: { name: string }; spans?: OtlpSpan[] }[] }[];
};

export type ReceivedSpan = {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: number;
  scope: string;
  service: string;
  attributes: Record<string, string | number | boolean>;
};

/** OTLP's SpanKind numbers. */
export const SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3 } as const;

const plainValueOf = (value: AnyValue) =>
  value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue ?? ""));
const attributesOf = (list: KeyValue[] = []) => Object.fromEntries(list.map(({ key, value }) => [key, plainValueOf(value)]));

function spansOf(request: ExportRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = String(attributesOf(resourceSpans.resource?.attributes)["service.name"] ?? "");
    return (resourceSpans.scopeSpans ?? []).flatMap((scopeSpans) =>
      (scopeSpans.spans ?? []).map((span) => ({
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId || null,
        name: span.name,
        kind: span.kind,
        scope: scopeSpans.scope?.name ?? "",
        service,
        attributes: attributesOf(span.attributes),
      })),
    );
  });
}

export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const contentTypes = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      contentTypes.add(String(request.headers["content-type"]));
      if (request.method !== "POST" || request.url !== "/v1/traces") return void response.writeHead(404).end();
      spans.push(...spansOf(JSON.parse(Buffer.concat(chunks).toString("utf8")) as ExportRequest));
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    contentTypes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Whether `ancestor` is on `span`'s chain of parents. */
export function isDescendant(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]) {
  const byId = new Map(spans.map((candidate) => [candidate.spanId, candidate]));
  for (let parent = span.parentSpanId; parent; parent = byId.get(parent)?.parentSpanId ?? null) if (parent === ancestor.spanId) return true;
  return false;
}
