import { principal } from "../auth";
import { run } from "../client";
import { h, link, section } from "../dom";
import { t } from "../i18n";
import query from "../queries/my-records.graphql?raw";
import { routeHash } from "../router";
import type { View } from "../view";
import { eventForm, organizationForm } from "./edit-forms";
import { empty } from "./pager";

interface EditableOrganization {
  id: string;
  name: string;
  ownerId: string;
  website: string | null;
  description: string | null;
  inn: string | null;
}

interface EditableEvent {
  id: string;
  title: string;
  ownerId: string;
  venue: string | null;
  participantCount: number | null;
  startsAt: string;
  timezone: string;
  description: string | null;
}

interface MyRecordsData {
  organization:
    | (EditableOrganization & {
        region: {
          code: string;
          name: string;
          organizations: { edges: { node: EditableOrganization }[] } | null;
          events: { edges: { node: EditableEvent }[] } | null;
        } | null;
        events: { edges: { node: EditableEvent }[] } | null;
      })
    | null;
}

/** Records by id, first seen kept: the same event can come both from the region and as organised. */
function unique<T extends { id: string }>(records: T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

/**
 * A centre's own records: the organisations and events of its region and those it organised,
 * kept when their `ownerId` is the centre's, each with its edit form. Everything else in the
 * dashboard stays read-only for it.
 */
export async function mineView(refresh: () => void): Promise<View> {
  const who = principal();
  if (!who?.organizationId) {
    return {
      title: t("mine"),
      content: h("p", {}, t("signInFirst")),
      answer: { missing: [], errors: [] },
    };
  }
  const answer = await run<MyRecordsData>(query, { id: who.organizationId });
  const centre = answer.data?.organization;
  const owned = (ownerId: string) => who.role === "coordinator" || ownerId === who.organizationId;
  const organizations = centre
    ? unique([centre, ...(centre.region?.organizations?.edges.map((e) => e.node) ?? [])]).filter(
        (o) => owned(o.ownerId),
      )
    : [];
  const events = centre
    ? unique(
        [...(centre.events?.edges ?? []), ...(centre.region?.events?.edges ?? [])].map(
          (e) => e.node,
        ),
      ).filter((e) => owned(e.ownerId))
    : [];
  const content = h(
    "div",
    {},
    h("p", { class: "note" }, t("ownerOnly")),
    section(
      t("organizations"),
      organizations.length ? null : empty(t("noOwnOrganizations")),
      ...organizations.map((org) =>
        h(
          "article",
          { class: "record" },
          h("h3", {}, link(routeHash({ view: "organization", id: org.id }), org.name)),
          organizationForm(org, refresh),
        ),
      ),
    ),
    section(
      t("events"),
      events.length ? null : empty(t("noOwnEvents")),
      ...events.map((event) =>
        h("article", { class: "record" }, h("h3", {}, event.title), eventForm(event, refresh)),
      ),
    ),
  );
  return { title: `${t("mine")}: ${centre?.name ?? who.organizationId}`, content, answer };
}
