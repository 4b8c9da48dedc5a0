import { barOption, chart, smallMultiples } from "../charts";
import { run } from "../client";
import { h, link, section, table } from "../dom";
import { formatCount, formatMoney, monthKey, type DatePrecision, type Money } from "../format";
import { locale, placeName, t } from "../i18n";
import query from "../queries/district.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { empty } from "./pager";

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

/** The bar an event counts in: its month (`2021-11`), or `2016-13` when only its year is known. */
function bucketOf(event: DistrictEvent): string {
  const month = monthKey(event.startsAt, event.timezone);
  return event.datePrecision === "YEAR" ? `${month.slice(0, 4)}-13` : month;
}

/** A bar's label: «нояб. 2021», or «2016 г., месяц неизвестен» for a year-only bucket. */
function bucketLabel(bucket: string): string {
  const [year, month] = bucket.split("-").map(Number);
  if (month === 13) return `${year}${t("yearShort")}, ${t("monthUnknown")}`;
  return new Intl.DateTimeFormat(locale(), {
    timeZone: "UTC",
    month: "short",
    year: "numeric",
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * Events per month (in each event's own time zone) and region. An event known only by its year
 * is not dropped: it counts in its year's «месяц неизвестен» bar, after that year's months.
 */
function eventsPerMonth(regions: DistrictRegion[], events: DistrictEvent[]): HTMLElement {
  if (events.length === 0) return empty(t("noEventsInDistrict"));
  const buckets = [...new Set(events.map(bucketOf))].sort();
  const series = regions
    .map((region) => ({
      name: placeName(region),
      values: buckets.map(
        (bucket) =>
          events.filter((e) => e.region?.code === region.code && bucketOf(e) === bucket).length,
      ),
    }))
    .filter((each) => each.values.some((value) => value > 0));
  const option = barOption(buckets.map(bucketLabel), series, { stack: true, integer: true });
  return chart(t("eventsPerMonth"), option, undefined, 260);
}

/** The regions side by side, one chart (and scale) per measure. */
function regionCharts(regions: DistrictRegion[]): HTMLElement {
  const open = (_name: string, index: number) => {
    window.location.hash = routeHash({ view: "region", code: regions[index].code });
  };
  return smallMultiples(
    regions.map((region) => placeName(region)),
    [
      { name: t("organizations"), values: regions.map((r) => r.organizationCount) },
      {
        name: t("resourceCentres"),
        values: regions.map((r) => r.resourceCentres?.totalCount ?? null),
      },
      { name: t("events"), values: regions.map((r) => r.eventCount) },
    ],
    open,
    { horizontal: true, height: 80 + regions.length * 28 },
  );
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
      regions.length ? regionCharts(regions) : empty(t("noRegionsInDistrict")),
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
