import { formatDate, formatDateTime } from "@/lib/format";

export function DateTime({ value, isDateOnly = false }: { value: Date; isDateOnly?: boolean }) {
  return <time dateTime={value.toISOString()}>{isDateOnly ? formatDate(value) : formatDateTime(value)}</time>;
}
