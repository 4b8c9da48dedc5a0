import "./style.css";
import { disposeCharts } from "./charts";
import { h } from "./dom";
import { language, setLanguage, t } from "./i18n";
import { header } from "./header";
import { finishSignIn } from "./sign-in";
import { notices } from "./notices";
import { parseRoute, type Route } from "./router";
import type { View } from "./view";
import { countryView } from "./views/country";
import { districtView } from "./views/district";
import { mineView } from "./views/mine";
import { organizationView } from "./views/organization";
import { regionView } from "./views/region";
import { searchView } from "./views/search";

const top = document.getElementById("top")!;
const notice = document.getElementById("notice")!;
const main = document.getElementById("view")!;

function viewFor(route: Route): Promise<View> {
  switch (route.view) {
    case "country":
      return countryView();
    case "district":
      return districtView(route.code);
    case "region":
      return regionView(route.code);
    case "organization":
      return organizationView(route.id, render);
    case "search":
      return searchView(route.text);
    case "mine":
      return mineView(render);
  }
}

/** Counts renders, so a slow answer for a view the reader already left is dropped. */
let generation = 0;

/**
 * Draws the view the URL names. Whatever happens, the page shows something: the data there is,
 * the parts that are missing, or the error that stopped the view. `data-state` on <main> says
 * when a view is drawn (the browser tests wait for it).
 */
async function render(): Promise<void> {
  const current = ++generation;
  const route = parseRoute(window.location.hash);
  top.replaceChildren(header(render));
  main.dataset.state = "loading";
  main.dataset.view = route.view;
  let view: View;
  try {
    view = await viewFor(route);
  } catch (error) {
    view = {
      title: t("failed"),
      content: h("p", {}),
      answer: { missing: [], errors: [{ message: (error as Error).message, code: "NETWORK" }] },
    };
  }
  if (current !== generation) return;
  disposeCharts();
  document.title = `${view.title} — ${t("title")}`;
  notice.replaceChildren(...notices(view.answer));
  main.replaceChildren(h("h1", {}, view.title), view.content);
  main.dataset.state = "ready";
  // When the view's numbers are in the page, for tools/bench/dashboard-scale.ts to read.
  performance.mark("view-ready", { detail: route.view });
}

setLanguage(language());
window.addEventListener("hashchange", () => void render());
// Back from the sign-in provider, the session is kept before the first view is drawn.
void finishSignIn()
  .catch((error: Error) => {
    notice.replaceChildren(
      h("p", { class: "notice error" }, `${t("signInFailed")}: ${error.message}`),
    );
  })
  .then(render);
