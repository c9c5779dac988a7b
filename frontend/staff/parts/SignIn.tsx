/**
 * @module
 * The first screen: one sign-in button that goes to the municipality's
 * sign-in page (Cognito in AWS, the development issuer locally), and any
 * message about why the person is here again (signed out, expired).
 */

export const SignIn = ({ message, dev, onSignIn }: { message?: string; dev: boolean; onSignIn: () => void }) => (
  <main id="main" class="signin">
    <h1>こころチェック 職員用ダッシュボード</h1>
    <p>健康推進課などの担当職員が、利用状況の集計を見てCSVを取り出すためのページです。</p>
    {message && (
      <p class="problem" role="alert">
        {message}
      </p>
    )}
    <button type="button" class="primary" onClick={onSignIn}>
      ログイン
    </button>
    {dev && <p class="note">ローカル開発用のサインイン画面に移動します。</p>}
    <p class="note">ページを閉じたり再読み込みしたりするとログアウトします（ログイン情報はブラウザーに保存しません）。</p>
  </main>
);
