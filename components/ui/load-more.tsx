import { Alert } from "./alert";
import { Button } from "./button";

type LoadMoreProps = {
  label: string;
  loadingLabel: string;
  isLoading: boolean;
  /** Why the last attempt failed, shown under the button; null when it did not. */
  problem: string | null;
  onLoad: () => void;
};

/** "Load earlier…" under or above a list: a button that says when it is busy, and what went wrong. */
export function LoadMore({ label, loadingLabel, isLoading, problem, onLoad }: LoadMoreProps) {
  return (
    <div className="flex flex-col items-center gap-2">
      <Button variant="secondary" size="sm" onClick={onLoad} isLoading={isLoading} loadingLabel={loadingLabel}>
        {label}
      </Button>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
    </div>
  );
}
