/**
 * @module
 * When to warn that the sign-in is about to run out. The ID token's `exp`
 * is fixed at sign-in and cannot be extended from the page, so the page
 * warns a few minutes ahead — enough to finish a download — and offers to
 * sign in again. Pure, so the timing rule is tested without waiting.
 */

/** How long before expiry the warning appears. */
export const WARN_BEFORE_MS = 5 * 60_000;

export type ExpiryNotice =
  | { kind: 'fine'; /** Milliseconds until the warning is due. */ warnIn: number }
  | { kind: 'soon'; minutesLeft: number; /** Milliseconds until the minute count changes. */ nextIn: number }
  | { kind: 'expired' };

export const expiryNotice = (expiresAt: number, now: number, warnBefore = WARN_BEFORE_MS): ExpiryNotice => {
  const left = expiresAt - now;
  if (left <= 0) return { kind: 'expired' };
  if (left > warnBefore) return { kind: 'fine', warnIn: left - warnBefore };
  // Rounded up: with 4 min 10 s left the page says 「あと5分」, never fewer minutes than remain.
  const minutesLeft = Math.ceil(left / 60_000);
  return { kind: 'soon', minutesLeft, nextIn: left - (minutesLeft - 1) * 60_000 };
};

/** The polite warning, 「あと5分でログインが切れます。…」. */
export const expiryWarningText = (minutesLeft: number): string =>
  `あと${minutesLeft}分でログインが切れます。切れると、ログインの画面に戻ります。続けて使うときは、作業を区切ってからもう一度ログインしてください。`;
