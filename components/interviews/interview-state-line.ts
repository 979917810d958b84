import type { InterviewView } from "@/lib/interviews/interview-view";

/** One line for a shortlist card or a list: "Interview Thu 10 Dec, 15:00 your time". */
export function interviewStateLine(interview: InterviewView, other: string): string {
  const when = interview.confirmed?.label.replace(/–\d\d:\d\d \(.*\)$/, "");
  switch (interview.state) {
    case "CONFIRMED":
      return `Interview ${when} your time`;
    case "DONE":
      return `Interview done (${when} your time)`;
    case "PROPOSED":
      return interview.isViewersTurn ? `${other} offered interview times: pick one` : `Interview times offered: waiting for ${other} to pick one`;
    case "OTHER_TIMES_REQUESTED":
      return interview.isViewersTurn ? `${other} asked for other interview times` : `You asked for other interview times: waiting for ${other}`;
    case "CANCELLED":
      return "Interview cancelled";
  }
}
