/** The development provider's own pages: sign-in and sign-out, in Russian, with no script. */

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}" +
  "label{display:block;margin:.6rem 0}input{width:100%;padding:.4rem}button{margin-top:.8rem;padding:.4rem 1rem}" +
  ".error{color:#b00020}.note{color:#555;font-size:.85rem}";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

/** The sign-in form of interaction `uid`, with an error when the last try failed. */
export function loginPage(uid: string, client: string, error?: string, login = ""): string {
  return page(
    "Вход в сеть ресурсных центров",
    `<p>Приложение «${escape(client)}» просит войти.</p>` +
      (error ? `<p class="error" role="alert">${escape(error)}</p>` : "") +
      `<form method="post" action="/interaction/${escape(uid)}/login">` +
      `<label>Имя пользователя <input name="login" autocomplete="username" value="${escape(login)}" required autofocus></label>` +
      `<label>Пароль <input name="password" type="password" autocomplete="current-password" required></label>` +
      `<button type="submit">Войти</button></form>` +
      `<p class="note">Учебный поставщик входа для разработки: сотрудники каждого центра (staff.tyumen, staff.kurgan, …) и координатор.</p>`,
  );
}

/** The sign-out confirmation: `form` is the provider's own hidden form (it carries the xsrf). */
export function logoutPage(form: string): string {
  return page(
    "Выход",
    `${form}<p>Выйти из сети ресурсных центров?</p>` +
      `<button type="submit" form="op.logoutForm" name="logout" value="yes">Да, выйти</button> ` +
      `<button type="submit" form="op.logoutForm">Нет, остаться</button>`,
  );
}

export function loggedOutPage(): string {
  return page("Вы вышли", "<p>Вы вышли из сети ресурсных центров.</p>");
}
