import type { Answer } from "../client";
import { h } from "../dom";
import { t } from "../i18n";
import type { View } from "../view";

/**
 * The view of a record the answer does not hold: "not found" when the graph said so, empty when
 * errors or missing parts explain it (the page shows those).
 */
export function absent(title: string, answer: Answer<unknown>): View {
  const empty = answer.errors.length || answer.missing.length ? "" : t("notFound");
  return { title, content: h("p", {}, empty), answer };
}

/** "showing 20 of 143" under a list that has more than one page. */
export function more(page: { totalCount: number; edges: unknown[] } | null | undefined) {
  if (!page || page.totalCount <= page.edges.length) return null;
  return h(
    "p",
    { class: "note" },
    `${t("shown")} ${page.edges.length} ${t("of")} ${page.totalCount}`,
  );
}

/** The source files a record or figure comes from. */
export function sources(files: string[]): HTMLElement | null {
  if (!files.length) return null;
  return h("small", { class: "sources" }, ` [${t("source")}: ${files.join(", ")}]`);
}

/** How many records of an unpaged list the page draws. */
export const LIST_PAGE = 20;

/**
 * The first LIST_PAGE records of a list the graph gives whole (Organization.programmesOperated
 * and awardsReceived have no pages), and the "showing 20 of 329" note: an operator of hundreds
 * of programmes gets a page like every other list, not a table of hundreds of rows.
 */
export function firstPage<T>(list: T[]): { items: T[]; note: HTMLElement | null } {
  return {
    items: list.slice(0, LIST_PAGE),
    note: more({ totalCount: list.length, edges: list.slice(0, LIST_PAGE) }),
  };
}
