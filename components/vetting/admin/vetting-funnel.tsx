import { StatList } from "@/components/dashboards/stat-list";
import { formatDuration, formatShare } from "@/components/sla/format-duration";
import { type PeriodChoice, PeriodForm } from "@/components/ui/period-form";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { formatStatus } from "@/lib/format";
import type { VettingFunnel as Funnel } from "@/lib/vetting/admin/get-vetting-funnel";
import { type BoardState, boardSearchParams } from "./paths";

const PERIODS: PeriodChoice[] = [
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
];

/** Who entered each stage in the period, how many passed it and how long it took. */
export function VettingFunnel({ funnel, state }: { funnel: Funnel; state: BoardState }) {
  const submitted = funnel.stages[0]?.enteredCount ?? 0;
  return (
    <div className="space-y-4">
      <PeriodForm
        action="/admin/vetting"
        label="Funnel period"
        submitLabel="Show funnel"
        periodDays={funnel.periodDays}
        choices={PERIODS}
        kept={[...boardSearchParams({ ...state, page: 1, periodDays: undefined }).entries()]}
      />
      <StatList
        stats={[
          { label: "Applications submitted", value: submitted },
          { label: "Approved", value: funnel.approvedCount },
          { label: "Rejected", value: funnel.rejectedCount },
          { label: "Approval rate", value: formatShare(funnel.approvalRate), hint: "Approved out of all approvals and rejections in the period." },
        ]}
      />
      <Table caption="Vetting funnel by stage over the chosen period">
        <THead>
          <Tr>
            <Th>Stage</Th>
            <Th className="text-right">Entered</Th>
            <Th className="text-right">Decided</Th>
            <Th className="text-right">Advanced</Th>
            <Th className="text-right">Pass rate</Th>
            <Th className="text-right">Median time in stage</Th>
          </Tr>
        </THead>
        <TBody>
          {funnel.stages.map((stage) => (
            <Tr key={stage.stage}>
              <Th scope="row">{formatStatus(stage.stage)}</Th>
              <Td className="text-right tabular-nums">{stage.enteredCount}</Td>
              <Td className="text-right tabular-nums">{stage.decidedCount}</Td>
              <Td className="text-right tabular-nums">{stage.advancedCount}</Td>
              <Td className="text-right tabular-nums">{formatShare(stage.passRate)}</Td>
              <Td className="text-right tabular-nums">{formatDuration(stage.medianMillisecondsInStage)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
