import { barOption, chart } from "../charts";
import { run } from "../client";
import { h, link, section, table } from "../dom";
import { formatCount, formatMoney, monthKey, type DatePrecision, type Money } from "../format";
import { placeName, t } from "../i18n";
import query from "../queries/district.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";

interface DistrictRegion {
  code: string;
  name: string;
  nameEn: string;
  organizationCount: number | null;
  eventCount: number | null;
  resourceCentres: { totalCount: number } | null;
  fundingTotal: Money | null;
}

interface DistrictEvent {
  id: string;
  startsAt: string;
  timezone: string;
  datePrecision: DatePrecision;
  region: { code: string } | null;
}

interface DistrictData {
  federalDistrict: { code: string; name: string; nameEn: string; shortName: string } | null;
  regions: DistrictRegion[] | null;
  events: { totalCount: number; edges: { node: DistrictEvent }[] } | null;
}

/** Events per month (in each event's own time zone) and region; year-only dates are left out. */
function eventsPerMonth(regions: DistrictRegion[], events: DistrictEvent[]): HTMLElement {
  const dated = events.filter((event) => event.datePrecision !== "YEAR");
  const months = [...new Set(dated.map((e) => monthKey(e.startsAt, e.timezone)))].sort();
  const series = regions
    .map((region) => ({
      name: placeName(region),
      values: months.map(
        (month) =>
          dated.filter(
            (e) => e.region?.code === region.code && monthKey(e.startsAt, e.timezone) === month,
          ).length,
      ),
    }))
    .filter((each) => each.values.some((value) => value > 0));
  return chart(t("eventsPerMonth"), barOption(months, series, { stack: true }), undefined, 260);
}

function regionCharts(regions: DistrictRegion[]): HTMLElement {
  const open = (_name: string, index: number) => {
    window.location.hash = routeHash({ view: "region", code: regions[index].code });
  };
  const option = barOption(
    regions.map((region) => placeName(region)),
    [
      { name: t("organizations"), values: regions.map((r) => r.organizationCount) },
      {
        name: t("resourceCentres"),
        values: regions.map((r) => r.resourceCentres?.totalCount ?? null),
      },
      { name: t("events"), values: regions.map((r) => r.eventCount) },
    ],
    { horizontal: true },
  );
  return chart(t("regions"), option, open, 80 + regions.length * 36);
}

/**
 * Funding as the graph states it: «около 4 000 000 000 ₽», and «неизвестно» when no programme
 * there states a budget (fundingTotal is null), never zero.
 */
function fundingCell(region: DistrictRegion, programmesAnswered: boolean): HTMLElement {
  const text = programmesAnswered ? formatMoney(region.fundingTotal) : t("noData");
  return h("span", { class: region.fundingTotal ? "money" : "money unknown" }, text);
}

/** A federal district: its regions side by side and its events per month. */
export async function districtView(code: string): Promise<View> {
  const answer = await run<DistrictData>(query, { code });
  const data = answer.data;
  const regions = data?.regions ?? [];
  const programmesAnswered = !answer.missing.some((part) => part.serviceName === "programmes");
  const events = data?.events?.edges.map((edge) => edge.node) ?? [];
  const content = h(
    "div",
    {},
    section(
      t("regions"),
      regions.length ? regionCharts(regions) : null,
      table(
        [t("region"), t("organizations"), t("resourceCentres"), t("events"), t("funding")],
        regions.map((region) => [
          link(routeHash({ view: "region", code: region.code }), placeName(region)),
          formatCount(region.organizationCount),
          formatCount(region.resourceCentres?.totalCount),
          formatCount(region.eventCount),
          fundingCell(region, programmesAnswered),
        ]),
      ),
      h("p", { class: "note" }, `${t("funding")}: ${t("fundingNote")}.`),
    ),
    section(
      t("eventsPerMonth"),
      data?.events ? eventsPerMonth(regions, events) : h("p", {}, t("noData")),
      data?.events && data.events.totalCount > events.length
        ? h(
            "p",
            { class: "note" },
            `${t("truncated")} ${events.length} ${t("of")} ${data.events.totalCount}`,
          )
        : null,
    ),
  );
  const title = data?.federalDistrict
    ? placeName(data.federalDistrict)
    : `${t("district")} ${code}`;
  return { title, content, answer };
}
