import { principal, signIn, signOut } from "./auth";
import { h, link } from "./dom";
import { language, setLanguage, t } from "./i18n";
import { routeHash } from "./router";

function signInBox(rerender: () => void): HTMLElement {
  const who = principal();
  if (who) {
    const out = h("button", { type: "button", class: "sign-out" }, t("signOut"));
    out.addEventListener("click", () => {
      signOut();
      rerender();
    });
    return h(
      "div",
      { class: "session" },
      `${t("signedInAs")} ${who.organizationId ?? who.role} `,
      out,
    );
  }
  const input = h("input", {
    type: "password",
    name: "credential",
    "aria-label": t("credential"),
    placeholder: t("credential"),
    autocomplete: "off",
  });
  const message = h("span", { class: "form-messages", role: "status" });
  const form = h(
    "form",
    { class: "session" },
    input,
    h("button", { type: "submit" }, t("signIn")),
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (signIn(input.value)) rerender();
    else message.textContent = t("badCredential");
  });
  return form;
}

/** The header: the views, the language switch and the centre's sign-in. */
export function header(rerender: () => void): HTMLElement {
  const switchTo = language() === "ru" ? "en" : "ru";
  const languageButton = h(
    "button",
    { type: "button", class: "language", lang: switchTo },
    switchTo === "en" ? "English" : "Русский",
  );
  languageButton.addEventListener("click", () => {
    setLanguage(switchTo);
    rerender();
  });
  return h(
    "div",
    { class: "bar" },
    h("strong", {}, t("title")),
    h(
      "nav",
      {},
      link(routeHash({ view: "country" }), t("country")),
      link(routeHash({ view: "search", text: "" }), t("search")),
      link(routeHash({ view: "mine" }), t("mine")),
    ),
    languageButton,
    signInBox(rerender),
  );
}
