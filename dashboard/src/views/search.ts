import { run } from "../client";
import { h, link, section } from "../dom";
import { enumLabel, formatEventDates, type DatePrecision } from "../format";
import { t } from "../i18n";
import query from "../queries/search.graphql?raw";
import eventsQuery from "../queries/search-events.graphql?raw";
import organizationsQuery from "../queries/search-organizations.graphql?raw";
import programmesQuery from "../queries/search-programmes.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { pager, type PageOf } from "./pager";

type Page<T> = PageOf<T>;

interface SearchData {
  organizations: Page<{
    id: string;
    name: string;
    kind: string;
    region: { code: string; name: string } | null;
  }> | null;
  events: Page<{
    id: string;
    title: string;
    startsAt: string;
    timezone: string;
    datePrecision: DatePrecision;
    region: { code: string; name: string } | null;
  }> | null;
  programmes: Page<{
    id: string;
    title: string;
    kind: string;
    operator: { id: string; name: string } | null;
  }> | null;
}

function regionLink(region: { code: string; name: string } | null) {
  return region ? [" · ", link(routeHash({ view: "region", code: region.code }), region.name)] : [];
}

/**
 * One kind of result, paged: the first page from the search's query, the next from `next` (the
 * same search after the last cursor). The API ranks them by relevance.
 */
function results<T>(
  title: string,
  page: Page<T> | null,
  item: (node: T) => HTMLElement,
  emptyText: string,
  next: string,
  text: string,
): HTMLElement {
  if (!page) return section(title, h("p", {}, t("noData")));
  const load = async (after: string) => {
    const answer = await run<Record<string, Page<T>>>(next, { text, after });
    const data = answer.data ? Object.values(answer.data)[0] : undefined;
    return { ...answer, data };
  };
  return section(
    `${title} (${page.totalCount})`,
    pager(page, load, (nodes) => h("ul", {}, ...nodes.map(item)), emptyText),
  );
}

function searchForm(text: string): HTMLElement {
  const input = h("input", {
    type: "search",
    name: "q",
    value: text,
    placeholder: t("searchPlaceholder"),
    "aria-label": t("search"),
  });
  const form = h("form", { class: "search" }, input, h("button", { type: "submit" }, t("find")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = routeHash({ view: "search", text: input.value.trim() });
  });
  return form;
}

/** Search across organisations, events and programmes with the graph's Russian search. */
export async function searchView(text: string): Promise<View> {
  const form = searchForm(text);
  if (!text.trim())
    return { title: t("search"), content: form, answer: { missing: [], errors: [] } };
  const answer = await run<SearchData>(query, { text });
  const data = answer.data;
  const content = h(
    "div",
    {},
    form,
    results(
      t("organizations"),
      data?.organizations ?? null,
      (o) =>
        h(
          "li",
          {},
          link(routeHash({ view: "organization", id: o.id }), o.name),
          ` (${enumLabel(o.kind)})`,
          ...regionLink(o.region),
        ),
      t("noOrganizationsFound"),
      organizationsQuery,
      text,
    ),
    results(
      t("events"),
      data?.events ?? null,
      (e) =>
        h(
          "li",
          {},
          h("strong", {}, formatEventDates(e.startsAt, null, e.timezone, e.datePrecision)),
          ` — ${e.title}`,
          ...regionLink(e.region),
        ),
      t("noEventsFound"),
      eventsQuery,
      text,
    ),
    results(
      t("programmes"),
      data?.programmes ?? null,
      (p) =>
        h(
          "li",
          {},
          p.title,
          p.operator
            ? [" · ", link(routeHash({ view: "organization", id: p.operator.id }), p.operator.name)]
            : [],
        ),
      t("noProgrammesFound"),
      programmesQuery,
      text,
    ),
  );
  return { title: `${t("search")}: ${text}`, content, answer };
}
