import { run } from "../client";
import { h, link, section, table } from "../dom";
import {
  enumLabel,
  formatCount,
  formatEventDates,
  formatFigure,
  formatMoney,
  type DatePrecision,
  type Money,
  type Qualifier,
} from "../format";
import { placeName, t } from "../i18n";
import query from "../queries/region.graphql?raw";
import eventsQuery from "../queries/region-events.graphql?raw";
import organizationsQuery from "../queries/region-organizations.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { empty, pager, type PageOf } from "./pager";
import { absent, more, sources } from "./parts";
import { timeline } from "./timeline";

type Page<T> = PageOf<T>;

interface RegionEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  timezone: string;
  datePrecision: DatePrecision;
  dateInferred: boolean;
  venue: string | null;
  sources: string[];
}

interface RegionProgramme {
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

interface RegionOrganization {
  id: string;
  name: string;
  kind: string;
}

interface RegionData {
  region: {
    code: string;
    name: string;
    nameEn: string;
    capital: string | null;
    timezone: string;
    federalDistrict: { code: string; name: string; nameEn: string };
    organizationCount: number | null;
    eventCount: number | null;
    fundingTotal: Money | null;
    resourceCentres: Page<{
      id: string;
      name: string;
      level: string | null;
      networks: { id: string; name: string }[];
    }> | null;
    organizations: Page<RegionOrganization> | null;
    events: Page<RegionEvent> | null;
    programmes: Page<RegionProgramme> | null;
  } | null;
}

type Region = NonNullable<RegionData["region"]>;

function centres(region: Region): HTMLElement {
  const page = region.resourceCentres;
  return section(
    t("resourceCentres"),
    page && page.edges.length === 0
      ? empty(t("noCentres"))
      : page
        ? table(
            [t("name"), t("level"), t("networks")],
            page.edges.map(({ node }) => [
              link(routeHash({ view: "organization", id: node.id }), node.name),
              enumLabel(node.level),
              node.networks.map((network) => network.name).join(", "),
            ]),
          )
        : h("p", {}, t("noData")),
    more(page),
  );
}

function eventItem(event: RegionEvent, timeZone: string): HTMLElement {
  return h(
    "li",
    { "data-event": event.id },
    h("strong", {}, formatEventDates(event.startsAt, event.endsAt, timeZone, event.datePrecision)),
    event.dateInferred ? h("em", {}, ` (${t("dateInferred")})`) : null,
    " — ",
    event.title,
    event.venue ? `, ${event.venue}` : "",
    sources(event.sources),
  );
}

/** The region's events: a timeline and a list of the page shown, paged by the API's cursors. */
function events(region: Region): HTMLElement {
  const timeline_ = h("div", { class: "timeline-box" });
  const draw = (list: RegionEvent[]) => {
    timeline_.replaceChildren(list.length ? timeline(list, region.timezone) : "");
    return h("ul", { class: "events" }, ...list.map((event) => eventItem(event, region.timezone)));
  };
  const load = async (after: string) => {
    const answer = await run<{ region: { events: Page<RegionEvent> | null } | null }>(eventsQuery, {
      code: region.code,
      after,
    });
    return { ...answer, data: answer.data?.region?.events };
  };
  return section(
    t("events"),
    h("p", { class: "note" }, `${t("timezone")}: ${region.timezone}`),
    timeline_,
    pager(region.events, load, draw, t("noEventsInRegion")),
  );
}

function programmes(region: Region): HTMLElement {
  const page = region.programmes;
  return section(
    t("programmes"),
    h(
      "p",
      {},
      `${t("funding")}: `,
      h("span", { class: "money" }, page ? formatMoney(region.fundingTotal) : t("noData")),
    ),
    page && page.edges.length === 0
      ? empty(t("noProgrammesInRegion"))
      : page
        ? table(
            [t("programmes"), t("operator"), t("budget"), t("outcomes"), t("source")],
            page.edges.map(({ node }) => [
              node.title,
              node.operator
                ? link(
                    routeHash({ view: "organization", id: node.operator.id }),
                    node.operator.name,
                  )
                : "",
              h("span", { class: "money" }, formatMoney(node.budget)),
              h(
                "ul",
                {},
                ...node.outcomes.map((o) =>
                  h(
                    "li",
                    {},
                    `${o.indicator}: ${formatFigure(o)}`,
                    sources(o.source ? [o.source] : []),
                  ),
                ),
              ),
              sources(node.sources),
            ]),
          )
        : h("p", {}, t("noData")),
    more(page),
  );
}

/** A region: resource centres, events in its own time zone, programmes with their sources. */
export async function regionView(code: string): Promise<View> {
  const answer = await run<RegionData>(query, { code });
  const region = answer.data?.region;
  if (!region) return absent(code, answer);
  const content = h(
    "div",
    {},
    h(
      "p",
      { class: "breadcrumbs" },
      link(
        routeHash({ view: "district", code: region.federalDistrict.code }),
        placeName(region.federalDistrict),
      ),
      ` · ${t("organizations")}: ${formatCount(region.organizationCount)} · ${t("events")}: ${formatCount(region.eventCount)}`,
    ),
    centres(region),
    events(region),
    programmes(region),
    section(
      t("organizations"),
      pager(
        region.organizations,
        async (after) => {
          const answer = await run<{ region: { organizations: Page<RegionOrganization> } | null }>(
            organizationsQuery,
            { code: region.code, after },
          );
          return { ...answer, data: answer.data?.region?.organizations };
        },
        (list) =>
          h(
            "ul",
            {},
            ...list.map((node) =>
              h(
                "li",
                {},
                link(routeHash({ view: "organization", id: node.id }), node.name),
                ` (${enumLabel(node.kind)})`,
              ),
            ),
          ),
        t("noOrganizationsInRegion"),
      ),
    ),
  );
  return { title: placeName(region), content, answer };
}
