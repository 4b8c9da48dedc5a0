import { smallMultiples } from "../charts";
import { run } from "../client";
import { h, link, section, table } from "../dom";
import { formatCount, formatMoney, type Money } from "../format";
import { placeName, t } from "../i18n";
import query from "../queries/country.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { districtFunding } from "./funding";
import { empty } from "./pager";

interface District {
  code: string;
  name: string;
  nameEn: string;
  shortName: string;
}

interface RegionCounts {
  code: string;
  federalDistrict: { code: string };
  organizationCount: number | null;
  eventCount: number | null;
  resourceCentres: { totalCount: number } | null;
  fundingTotal: Money | null;
}

interface CountryData {
  federalDistricts: District[] | null;
  regions: RegionCounts[] | null;
}

interface DistrictRow {
  district: District;
  organizations: number | null;
  resourceCentres: number | null;
  events: number | null;
  funding: { money: Money | null } | null;
}

/** A sum over the district's regions, or null when the subgraph behind it gave none. */
function sum(regions: RegionCounts[], pick: (region: RegionCounts) => number | null | undefined) {
  const values = regions.map(pick);
  if (values.some((value) => value === null || value === undefined)) return null;
  return (values as number[]).reduce((total, value) => total + value, 0);
}

function rows(data: CountryData, programmesAnswered: boolean): DistrictRow[] {
  return (data.federalDistricts ?? []).map((district) => {
    const regions = (data.regions ?? []).filter((r) => r.federalDistrict.code === district.code);
    const known = data.regions !== null;
    return {
      district,
      organizations: known ? sum(regions, (r) => r.organizationCount) : null,
      resourceCentres: known ? sum(regions, (r) => r.resourceCentres?.totalCount) : null,
      events: known ? sum(regions, (r) => r.eventCount) : null,
      funding: districtFunding(
        regions.map((r) => r.fundingTotal),
        known && programmesAnswered,
      ),
    };
  });
}

function fundingText(row: DistrictRow): string {
  return row.funding ? formatMoney(row.funding.money) : t("noData");
}

/** Each measure on its own chart and scale: counts apart from each other and from money. */
function charts(list: DistrictRow[]): HTMLElement {
  const names = list.map((row) => row.district.shortName);
  const open = (_name: string, index: number) => {
    window.location.hash = routeHash({ view: "district", code: list[index].district.code });
  };
  return smallMultiples(
    names,
    [
      { name: t("organizations"), values: list.map((row) => row.organizations) },
      { name: t("resourceCentres"), values: list.map((row) => row.resourceCentres) },
      { name: t("events"), values: list.map((row) => row.events) },
      {
        name: `${t("funding")}, ₽`,
        values: list.map((row) => (row.funding?.money ? Number(row.funding.money.amount) : null)),
        money: true,
      },
    ],
    open,
  );
}

/** The country: the eight federal districts side by side, each a link to its view. */
export async function countryView(): Promise<View> {
  const answer = await run<CountryData>(query, {});
  const programmesAnswered = !answer.missing.some((part) => part.serviceName === "programmes");
  const list = answer.data ? rows(answer.data, programmesAnswered) : [];
  const content = section(
    t("districts"),
    list.length ? charts(list) : empty(t("noDistricts")),
    table(
      [t("district"), t("organizations"), t("resourceCentres"), t("events"), t("funding")],
      list.map((row) => [
        link(routeHash({ view: "district", code: row.district.code }), placeName(row.district)),
        formatCount(row.organizations),
        formatCount(row.resourceCentres),
        formatCount(row.events),
        h("span", { class: row.funding?.money ? "money" : "money unknown" }, fundingText(row)),
      ]),
    ),
    h("p", { class: "note" }, `${t("funding")}: ${t("districtFundingNote")}.`),
  );
  return { title: t("country"), content, answer };
}
