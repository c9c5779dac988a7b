/**
 * @module
 * The development issuer's sign-in page: a plain HTML form, no script, so it
 * works under the site's strict CSP. Labels, `autocomplete` hints and an
 * error announced with role="alert" keep it usable with a screen reader.
 */
import { html } from 'hono/html';

export const loginPage = (options: { error?: string; username?: string }) => html`<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>職員ログイン（開発用）</title>
  </head>
  <body>
    <main>
      <h1>職員ログイン（開発用）</h1>
      <p>この画面はローカル開発用です。本番では自治体のサインイン（Amazon Cognito）を使います。</p>
      ${options.error ? html`<p role="alert">${options.error}</p>` : ''}
      <form method="post" action="login">
        <p>
          <label for="username">ユーザー名</label><br />
          <input id="username" name="username" type="text" autocomplete="username" required value="${options.username ?? ''}" />
        </p>
        <p>
          <label for="password">パスワード</label><br />
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </p>
        <p><button type="submit">ログイン</button></p>
      </form>
    </main>
  </body>
</html>`;
