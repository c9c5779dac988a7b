/**
 * @module
 * The polite warning a few minutes before the ID token runs out, with a way
 * to sign in again at once. The live region is always on the page, empty
 * until the warning is due, so screen readers announce the text when it
 * appears; it updates once a minute, not every second, so it never chatters.
 */
import { useEffect, useState } from 'preact/hooks';
import { expiryNotice, expiryWarningText } from '../auth/expiry';

export const SessionWarning = ({ expiresAt, onSignInAgain }: { expiresAt: number; onSignInAgain: () => void }) => {
  const [now, setNow] = useState(() => Date.now());
  const notice = expiryNotice(expiresAt, now);
  useEffect(() => {
    if (notice.kind === 'expired') return;
    const timer = setTimeout(() => setNow(Date.now()), notice.kind === 'fine' ? notice.warnIn : notice.nextIn);
    return () => clearTimeout(timer);
  }, [now, expiresAt]);

  return (
    <div class="session-warning" role="status" aria-live="polite">
      {notice.kind === 'soon' && (
        <div class="session-box">
          <p>{expiryWarningText(notice.minutesLeft)}</p>
          <button type="button" onClick={onSignInAgain}>
            もう一度ログインする
          </button>
        </div>
      )}
    </div>
  );
};
