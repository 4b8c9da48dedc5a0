import { h } from "../dom";
import { t } from "../i18n";

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
