import { StatList } from "@/components/dashboards/stat-list";
import type { SlaBoard } from "@/lib/sla/get-sla-board";
import { formatDuration, formatShare } from "./format-duration";

/** Time from submission to shortlist over the chosen period. */
export function SlaStatistics({ statistics, windowLabel }: { statistics: SlaBoard["statistics"]; windowLabel: string }) {
  const { shortlistedCount, medianMilliseconds, p90Milliseconds, withinWindowShare, breachedCount } = statistics;
  return (
    <StatList
      stats={[
        { label: "Shortlists delivered", value: shortlistedCount },
        { label: "Median time to shortlist", value: formatDuration(medianMilliseconds) },
        { label: "90th percentile", value: formatDuration(p90Milliseconds), hint: "9 in 10 shortlists arrived within this." },
        { label: `Delivered within ${windowLabel}`, value: formatShare(withinWindowShare) },
        { label: "SLA breaches", value: breachedCount, hint: "Deadline passed with no acceptance." },
      ]}
    />
  );
}
