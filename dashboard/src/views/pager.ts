import type { Answer } from "../client";
import { h } from "../dom";
import { t } from "../i18n";
import { errorNotice } from "../notices";

/** A page of a list as the graph gives it, with the cursor of its last record. */
export interface PageOf<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What a list says when it holds nothing: «В регионе нет событий». */
export function empty(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

/**
 * A list the reader can page through: the first page comes with the view's query, the next ones
 * from `load` with the previous page's `endCursor` (the API's keyset cursors, never an offset).
 * Pages already seen are kept, so «Назад» shows them again without asking. An empty list says
 * what is empty (`emptyText`); a list the graph did not answer says «нет данных».
 */
export function pager<T>(
  first: PageOf<T> | null | undefined,
  load: (after: string) => Promise<Answer<PageOf<T> | null | undefined>>,
  draw: (nodes: T[]) => Node,
  emptyText: string,
): HTMLElement {
  const box = h("div", { class: "pager" });
  if (!first) {
    box.append(h("p", {}, t("noData")));
    return box;
  }
  if (first.edges.length === 0) {
    box.append(empty(emptyText));
    return box;
  }
  const pages: PageOf<T>[] = [first];
  let index = 0;
  const body = h("div", { class: "page" });
  const status = h("span", { class: "note page-status" });
  const messages = h("div", { class: "form-messages", role: "status" });
  const previous = h("button", { type: "button", class: "previous" }, `← ${t("previousPage")}`);
  const next = h("button", { type: "button", class: "next" }, `${t("nextPage")} →`);
  const show = () => {
    const page = pages[index];
    const from = pages.slice(0, index).reduce((sum, each) => sum + each.edges.length, 0) + 1;
    body.replaceChildren(draw(page.edges.map((edge) => edge.node)));
    status.textContent = `${t("shown")} ${from}–${from + page.edges.length - 1} ${t("of")} ${first.totalCount}`;
    previous.disabled = index === 0;
    next.disabled = !page.pageInfo.hasNextPage;
  };
  previous.addEventListener("click", () => {
    index = Math.max(0, index - 1);
    messages.replaceChildren();
    show();
  });
  next.addEventListener("click", () => {
    if (pages[index + 1]) {
      index += 1;
      show();
      return;
    }
    const after = pages[index].pageInfo.endCursor;
    if (!after) return;
    next.disabled = true;
    void load(after).then((answer) => {
      messages.replaceChildren(...answer.errors.map(errorNotice));
      if (answer.data) {
        pages.push(answer.data);
        index += 1;
      }
      show();
    });
  });
  show();
  const paged = first.totalCount > first.edges.length || first.pageInfo.hasNextPage;
  box.append(body);
  if (paged) box.append(h("nav", { class: "pages" }, previous, status, next));
  box.append(messages);
  return box;
}

/** A page of a list the graph gives whole, from `start`: cursors are positions in the list. */
function slicePage<T>(list: T[], start: number): PageOf<T> {
  const nodes = list.slice(start, start + LOCAL_PAGE);
  return {
    totalCount: list.length,
    edges: nodes.map((node) => ({ node })),
    pageInfo: {
      hasNextPage: start + LOCAL_PAGE < list.length,
      endCursor: String(start + nodes.length),
    },
  };
}

const LOCAL_PAGE = 20;

/**
 * Paging through a list the graph gives whole (Organization.programmesOperated and
 * awardsReceived have no pages): an operator of hundreds of programmes gets pages of 20 like
 * every other list, not a table of hundreds of rows.
 */
export function localPager<T>(
  list: T[],
  draw: (nodes: T[]) => Node,
  emptyText: string,
): HTMLElement {
  const load = (after: string) =>
    Promise.resolve({ data: slicePage(list, Number(after)), missing: [], errors: [] });
  return pager(slicePage(list, 0), load, draw, emptyText);
}
