/**
 * @module
 * Why the figures for the chosen period are not on screen, in Japanese,
 * with a button to try again. Shown instead of figures, never beside an
 * older period's: figures under the wrong heading would be pasted into the
 * plan's report as this period's.
 */
import { reasonOf, StaffApiError } from '../api';

const why = (error: unknown, town: string): string =>
  // The report needs only the staff role, so a refusal here means the town itself is not this account's.
  error instanceof StaffApiError && error.code === 'forbidden'
    ? `このアカウントでは「${town}」の集計を見ることができません。必要な場合は、担当の管理者に権限を依頼してください。`
    : reasonOf(error);

export const ReportProblem = ({ error, town, onRetry }: { error: unknown; town: string; onRetry: () => void }) => (
  <div class="load-problem" role="alert">
    <p class="problem">この期間の集計を読み込めませんでした。{why(error, town)}</p>
    <button type="button" onClick={onRetry}>
      もう一度読み込む
    </button>
  </div>
);
