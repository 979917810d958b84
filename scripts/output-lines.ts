import type { ChildProcess } from "node:child_process";

/** Calls `onLine` with each non-blank line a child writes to stdout or stderr, whole, as it arrives. */
export function onOutputLines(child: ChildProcess, onLine: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) onLine(line);
    });
  }
}
