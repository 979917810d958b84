import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { InvoiceStatus, InvoiceView } from "@/lib/invoices/list-invoices";

const STATUS_TONE: Record<InvoiceStatus, BadgeTone> = { PAID: "success", PARTLY_REFUNDED: "warning", REFUNDED: "neutral", CREDIT: "info" };

/** Receipts and credit notes with their PDFs; a PDF still being drawn says so. */
export function InvoiceTable({ invoices }: { invoices: InvoiceView[] }) {
  return (
    <Table caption="Receipts and credit notes, newest first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Number</Th>
          <Th>Date</Th>
          <Th>Contract</Th>
          <Th className="text-right">Amount</Th>
          <Th>Status</Th>
          <Th>PDF</Th>
        </Tr>
      </THead>
      <TBody>
        {invoices.map((invoice) => (
          <Tr key={invoice.id}>
            <Td className="font-medium whitespace-nowrap text-slate-900">
              {invoice.title} {invoice.number}
            </Td>
            <Td className="whitespace-nowrap">{formatDate(invoice.issuedAt)}</Td>
            <Td>
              <Link href={`/contracts/${invoice.contract.id}`} className="text-indigo-700 underline-offset-2 hover:underline">
                {invoice.contract.title}
              </Link>
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{invoice.totalText}</Td>
            <Td>
              <Badge tone={STATUS_TONE[invoice.status]}>{invoice.statusLabel}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              {invoice.downloadUrl ? (
                <a href={invoice.downloadUrl} className="text-indigo-700 underline-offset-2 hover:underline" download>
                  Download
                  <span className="sr-only">
                    {" "}
                    {invoice.title.toLowerCase()} {invoice.number}
                  </span>
                </a>
              ) : (
                <span className="text-slate-500">Being prepared…</span>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
