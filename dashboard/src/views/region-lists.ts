import { run } from "../client";
import { h, link, section, table } from "../dom";
import { enumLabel, formatFigure, formatMoney, type Money, type Qualifier } from "../format";
import { t } from "../i18n";
import centresQuery from "../queries/region-centres.graphql?raw";
import programmesQuery from "../queries/region-programmes.graphql?raw";
import { routeHash } from "../router";
import { pager, type PageOf } from "./pager";
import { sources } from "./parts";

export interface RegionCentre {
  id: string;
  name: string;
  level: string | null;
  networks: { id: string; name: string }[];
}

export interface RegionProgramme {
  id: string;
  title: string;
  kind: string;
  operator: { id: string; name: string } | null;
  budget: Money | null;
  outcomes: {
    indicator: string;
    value: string;
    unit: string;
    qualifier: Qualifier;
    source: string | null;
  }[];
  sources: string[];
}

/** The next page of one of a region's lists, by the list's own query. */
function loader<T>(query: string, code: string, field: "resourceCentres" | "programmes") {
  return async (after: string) => {
    const answer = await run<{ region: Record<string, PageOf<T>> | null }>(query, { code, after });
    return { ...answer, data: answer.data?.region?.[field] };
  };
}

/** The region's resource centres, paged: level and networks. */
export function centres(code: string, first: PageOf<RegionCentre> | null): HTMLElement {
  const draw = (list: RegionCentre[]) =>
    table(
      [t("name"), t("level"), t("networks")],
      list.map((node) => [
        link(routeHash({ view: "organization", id: node.id }), node.name),
        enumLabel(node.level),
        node.networks.map((network) => network.name).join(", "),
      ]),
    );
  return section(
    t("resourceCentres"),
    pager(first, loader<RegionCentre>(centresQuery, code, "resourceCentres"), draw, t("noCentres")),
  );
}

/** The region's programmes, paged: operator, budget, outcomes, each with its source. */
export function programmes(
  code: string,
  first: PageOf<RegionProgramme> | null,
  fundingTotal: Money | null,
): HTMLElement {
  const draw = (list: RegionProgramme[]) =>
    table(
      [t("programmes"), t("operator"), t("budget"), t("outcomes"), t("source")],
      list.map((node) => [
        node.title,
        node.operator
          ? link(routeHash({ view: "organization", id: node.operator.id }), node.operator.name)
          : "",
        h("span", { class: "money" }, formatMoney(node.budget)),
        h(
          "ul",
          {},
          ...node.outcomes.map((o) =>
            h("li", {}, `${o.indicator}: ${formatFigure(o)}`, sources(o.source ? [o.source] : [])),
          ),
        ),
        sources(node.sources),
      ]),
    );
  return section(
    t("programmes"),
    h(
      "p",
      {},
      `${t("funding")}: `,
      h("span", { class: "money" }, first ? formatMoney(fundingTotal) : t("noData")),
    ),
    pager(
      first,
      loader<RegionProgramme>(programmesQuery, code, "programmes"),
      draw,
      t("noProgrammesInRegion"),
    ),
  );
}
