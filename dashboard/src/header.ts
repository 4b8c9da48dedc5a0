import { principal } from "./auth";
import { run } from "./client";
import { h, link } from "./dom";
import { language, setLanguage, t } from "./i18n";
import centreQuery from "./queries/signed-in-centre.graphql?raw";
import { routeHash } from "./router";
import { signInConfig, signOutEverywhere, startSignIn } from "./sign-in";

/** Centre names already asked for, by id: the header is drawn on every view. */
const centreNames = new Map<string, Promise<string | undefined>>();

function centreName(id: string): Promise<string | undefined> {
  if (!centreNames.has(id))
    centreNames.set(
      id,
      run<{ organization: { name: string } | null }>(centreQuery, { id }).then(
        (answer) => answer.data?.organization?.name,
      ),
    );
  return centreNames.get(id)!;
}

/** "Вход: <person> — <centre's name>", the name filled in once the graph answers. */
function signedIn(rerender: () => void): HTMLElement {
  const who = principal()!;
  const centre = h(
    "span",
    { class: "centre" },
    who.role === "coordinator" ? t("coordinator") : "…",
  );
  if (who.organizationId)
    void centreName(who.organizationId).then((name) => {
      centre.textContent = name ?? who.organizationId!;
    });
  const out = h("button", { type: "button", class: "sign-out" }, t("signOut"));
  out.addEventListener("click", () => {
    void signOutEverywhere().then(rerender);
  });
  const person = who.name ? `${who.name}, ` : "";
  return h("div", { class: "session" }, `${t("signedInAs")} ${person}`, centre, " ", out);
}

/** The sign-in button, or a note when the gateway names no provider. */
function signInBox(rerender: () => void): HTMLElement {
  if (principal()) return signedIn(rerender);
  const button = h("button", { type: "button", class: "sign-in" }, t("signIn"));
  const message = h("span", { class: "form-messages", role: "status" });
  button.addEventListener("click", () => {
    startSignIn().catch((error: Error) => {
      message.textContent = `${t("signInFailed")}: ${error.message}`;
    });
  });
  const box = h("div", { class: "session" }, button, message);
  void signInConfig().then((config) => {
    if (!config) {
      button.setAttribute("disabled", "");
      message.textContent = t("signInUnavailable");
    }
  });
  return box;
}

/** The header: the views, the language switch and the sign-in. */
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
