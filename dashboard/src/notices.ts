import type { Answer } from "./client";
import { h } from "./dom";
import { russianError } from "./errors-ru";
import { language, t } from "./i18n";

/** An API error as the reader's language says it: Russian by code and field, else the API's. */
export function errorText(error: { message: string; code?: string; field?: string }): string {
  if (language() === "ru") return russianError(error);
  return error.code === "NETWORK" ? `${t("failed")}: ${error.message}` : error.message;
}

/** An error as a notice: its text, and its code for whoever reports it. */
export function errorNotice(error: { message: string; code?: string; field?: string }) {
  return h(
    "p",
    { class: "notice error", "data-code": error.code, title: error.message },
    errorText(error),
    error.code && error.code !== "NETWORK" ? h("small", { class: "code" }, ` (${error.code})`) : "",
  );
}

/**
 * What a view could not get. A subgraph that is down costs only its own fields: the view shows
 * the rest and names the missing part here, as the gateway names it (`serviceName`). Other
 * errors (a refused argument, the gateway unreachable) are listed in the reader's language.
 */
export function notices(answer: Answer<unknown>): HTMLElement[] {
  const missing = answer.missing.map((part) =>
    h(
      "p",
      { class: "notice missing", "data-missing": part.serviceName },
      `${t("missingPart")} «${part.serviceName || "?"}» `,
      part.code === "SUBGRAPH_TIMEOUT" ? t("timedOut") : t("unavailable"),
      ` (${part.code})`,
    ),
  );
  return [...missing, ...answer.errors.map(errorNotice)];
}
