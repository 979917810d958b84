import type { JsonSchema } from "@/lib/endpoints/openapi-summary";

function describeType(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split("/").at(-1) ?? "object";
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.type === "array" && schema.items) return `${describeType(schema.items)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  return schema.format ? `${type} (${schema.format})` : type;
}

function describeLimits(schema: JsonSchema) {
  const limits = [
    schema.minLength !== undefined && `min length ${schema.minLength}`,
    schema.maxLength !== undefined && `max length ${schema.maxLength}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
  ].filter(Boolean);
  return limits.join(", ");
}

/** A JSON schema as a table of fields; unions as one table per variant. */
export function SchemaView({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    return (
      <div className="space-y-3">
        {variants.map((variant, index) => (
          <SchemaView key={index} schema={variant} caption={`${caption} — variant ${index + 1} of ${variants.length}`} />
        ))}
      </div>
    );
  }
  if (!schema.properties)
    return (
      <p className="text-sm text-slate-700">
        {caption}: {describeType(schema)}
      </p>
    );
  return (
    <table className="w-full text-left text-sm wrap-anywhere">
      <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th scope="col" className="py-1 pr-4 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-4 font-medium">
            Type
          </th>
          <th scope="col" className="py-1 font-medium">
            Rules
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties).map(([name, property]) => (
          <tr key={name} className="border-b border-slate-100 align-top">
            <td className="py-1 pr-4 font-mono text-slate-900">
              {name}
              {schema.required?.includes(name) ? "" : "?"}
            </td>
            <td className="py-1 pr-4 font-mono text-slate-700">{describeType(property)}</td>
            <td className="py-1 text-slate-700">{describeLimits(property)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
