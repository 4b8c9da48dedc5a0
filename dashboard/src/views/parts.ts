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

/** The source files a record or figure comes from. */
export function sources(files: string[]): HTMLElement | null {
  if (!files.length) return null;
  return h("small", { class: "sources" }, ` [${t("source")}: ${files.join(", ")}]`);
}
