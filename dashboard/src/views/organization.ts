import { mayEdit } from "../auth";
import { run } from "../client";
import { h, link, section, table } from "../dom";
import {
  enumLabel,
  formatEventDates,
  formatMoney,
  type DatePrecision,
  type Money,
} from "../format";
import { placeName, t } from "../i18n";
import query from "../queries/organization.graphql?raw";
import eventsQuery from "../queries/organization-events.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { organizationForm } from "./edit-forms";
import { empty, localPager, pager, type PageOf } from "./pager";
import { absent, sources } from "./parts";

interface OrganizationEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  timezone: string;
  datePrecision: DatePrecision;
}

interface OrganizationData {
  organization: {
    id: string;
    name: string;
    nameEn: string | null;
    kind: string;
    level: string | null;
    website: string | null;
    description: string | null;
    ownerId: string;
    sources: string[];
    region: { code: string; name: string; nameEn: string; timezone: string } | null;
    parentCentre: { id: string; name: string } | null;
    networks: { id: string; name: string; members: { id: string; name: string }[] }[];
    events: PageOf<OrganizationEvent> | null;
    programmesOperated:
      { id: string; title: string; kind: string; budget: Money | null; sources: string[] }[] | null;
    awardsReceived:
      | {
          id: string;
          purpose: string;
          awardedOn: string | null;
          amount: Money | null;
          programme: { id: string; title: string };
        }[]
      | null;
  } | null;
}

type Organization = NonNullable<OrganizationData["organization"]>;

function orgLink(id: string, name: string) {
  return link(routeHash({ view: "organization", id }), name);
}

function header(org: Organization): HTMLElement {
  return h(
    "div",
    { class: "facts" },
    h("p", {}, enumLabel(org.kind), org.level ? ` · ${enumLabel(org.level)}` : ""),
    org.region
      ? h(
          "p",
          {},
          link(routeHash({ view: "region", code: org.region.code }), placeName(org.region)),
        )
      : null,
    org.parentCentre
      ? h("p", {}, `${t("parentCentre")}: `, orgLink(org.parentCentre.id, org.parentCentre.name))
      : null,
    org.website ? h("p", { class: "website" }, org.website) : null,
    org.description ? h("p", { class: "description" }, org.description) : null,
    sources(org.sources),
  );
}

function lists(org: Organization): HTMLElement[] {
  const loadEvents = async (after: string) => {
    const answer = await run<{ organization: { events: PageOf<OrganizationEvent> } | null }>(
      eventsQuery,
      { id: org.id, after },
    );
    return { ...answer, data: answer.data?.organization?.events };
  };
  const drawEvents = (events: OrganizationEvent[]) =>
    h(
      "ul",
      {},
      ...events.map((e) =>
        h(
          "li",
          {},
          h("strong", {}, formatEventDates(e.startsAt, e.endsAt, e.timezone, e.datePrecision)),
          ` — ${e.title}`,
        ),
      ),
    );
  return [
    section(t("events"), pager(org.events, loadEvents, drawEvents, t("noEventsOfOrganization"))),
    section(
      t("programmesOperated"),
      org.programmesOperated === null
        ? h("p", {}, t("noData"))
        : pagedTable(
            org.programmesOperated,
            t("noProgrammesOperated"),
            [t("programmes"), t("budget"), t("source")],
            (p) => [
              p.title,
              h("span", { class: "money" }, formatMoney(p.budget)),
              sources(p.sources),
            ],
          ),
    ),
    section(
      t("awards"),
      org.awardsReceived === null
        ? h("p", {}, t("noData"))
        : pagedTable(
            org.awardsReceived,
            t("noAwards"),
            [t("programmes"), t("budget"), t("description")],
            (a) => [a.programme.title, formatMoney(a.amount), a.purpose],
          ),
    ),
    section(
      t("networks"),
      org.networks.length === 0 ? empty(t("noNetworks")) : null,
      h(
        "ul",
        {},
        ...org.networks.map((n) =>
          h(
            "li",
            {},
            n.name,
            ` (${t("members")}: ${n.members.length}): `,
            ...n.members.flatMap((m, i) => [i ? ", " : "", orgLink(m.id, m.name)]),
          ),
        ),
      ),
    ),
  ];
}

/** A table of a whole list, paged 20 rows at a time; an empty list says what is empty. */
function pagedTable<T>(
  list: T[],
  emptyText: string,
  headings: string[],
  cells: (item: T) => Parameters<typeof table>[1][number],
): HTMLElement {
  return localPager(list, (items) => table(headings, items.map(cells)), emptyText);
}

/** An organisation: its events, programmes operated, awards received and networks. */
export async function organizationView(id: string, refresh: () => void): Promise<View> {
  const answer = await run<OrganizationData>(query, { id });
  const org = answer.data?.organization;
  if (!org) return absent(id, answer);
  const content = h(
    "div",
    {},
    header(org),
    mayEdit(org.ownerId)
      ? organizationForm(org, refresh)
      : h("p", { class: "note" }, t("readOnly")),
    ...lists(org),
  );
  return { title: org.name, content, answer };
}
