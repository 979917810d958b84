import { DateTime } from "@/components/dashboards/date-time";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { FailedJob } from "@/lib/admin/get-jobs-overview";
import { FailedJobActions } from "./failed-job-actions";

/** Failed jobs with what an admin needs to decide: what it is, how often it ran, why it failed, what it carried. */
export function FailedJobsTable({ jobs }: { jobs: FailedJob[] }) {
  return (
    <Table caption="Failed jobs, the most recent failure first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Failed</Th>
          <Th>Kind</Th>
          <Th className="text-right">Attempts</Th>
          <Th>Last error</Th>
          <Th>Payload</Th>
          <Th>Decision</Th>
        </Tr>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <Tr key={job.id} id={`job-${job.id}`}>
            <Td className="whitespace-nowrap">
              <DateTime value={job.failedAt} />
            </Td>
            <Td className="max-w-48">
              <code className="block text-xs font-semibold break-all text-slate-900">{job.kind}</code>
              <code className="block text-xs break-all text-slate-600">{job.id}</code>
            </Td>
            <Td className="text-right tabular-nums">
              {job.attempts} of {job.maxAttempts}
            </Td>
            <Td className="max-w-sm text-xs break-words whitespace-pre-wrap text-red-800">{job.lastError ?? "—"}</Td>
            <Td className="max-w-xs">
              <pre className="rounded bg-slate-50 p-2 text-xs break-all whitespace-pre-wrap text-slate-800">{job.payload}</pre>
              {job.isPayloadTruncated && <span className="mt-1 block text-xs text-slate-600">Cut short: the payload is longer.</span>}
            </Td>
            <Td>
              <FailedJobActions jobId={job.id} kind={job.kind} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
