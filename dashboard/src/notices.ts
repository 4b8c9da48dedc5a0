import type { Answer } from "./client";
import { h } from "./dom";
import { t } from "./i18n";

/**
 * What a view could not get. A subgraph that is down costs only its own fields: the view shows
 * the rest and names the missing part here, as the gateway names it (`serviceName`). Other
 * errors (a refused argument, the gateway unreachable) are listed with their codes.
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
  const errors = answer.errors.map((error) =>
    h(
      "p",
      { class: "notice error", "data-code": error.code },
      error.code === "NETWORK" ? `${t("failed")}: ` : "",
      error.message,
      error.code && error.code !== "NETWORK" ? ` (${error.code})` : "",
    ),
  );
  return [...missing, ...errors];
}
