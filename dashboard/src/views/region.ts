import { run } from "../client";
import { h, link, section } from "../dom";
import {
  enumLabel,
  formatCount,
  formatEventDates,
  type DatePrecision,
  type Money,
} from "../format";
import { placeName, t } from "../i18n";
import query from "../queries/region.graphql?raw";
import eventsQuery from "../queries/region-events.graphql?raw";
import organizationsQuery from "../queries/region-organizations.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { pager, type PageOf } from "./pager";
import { absent, sources } from "./parts";
import { centres, programmes, type RegionCentre, type RegionProgramme } from "./region-lists";
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
    resourceCentres: Page<RegionCentre> | null;
    organizations: Page<RegionOrganization> | null;
    events: Page<RegionEvent> | null;
    programmes: Page<RegionProgramme> | null;
  } | null;
}

type Region = NonNullable<RegionData["region"]>;

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
    centres(region.code, region.resourceCentres),
    events(region),
    programmes(region.code, region.programmes, region.fundingTotal),
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
