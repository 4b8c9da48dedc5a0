import { PHANTOM_WORD, phantomRows } from "../generate/phantom-rows";
import { bearer, result, type Attack } from "./attack";
import { query, type Outcome } from "./http";

const IMPORT = `mutation($rows: [OrganizationImportRow!]!) {
  importOrganizations(rows: $rows, dryRun: true) { organizations { organizationId } }
}`;
const SEARCH = `query($search: String!) {
  organizations(filter: { search: $search }, first: 50) { totalCount edges { node { id } } }
}`;
const CREATE_EVENT = `mutation($ids: [ID!]) {
  createEvent(input: { title: "Форум призраков", kind: FORUM, startsAt: "2026-12-01T10:00:00+05:00",
    timezone: "Asia/Yekaterinburg", regionCode: "RU-TYU", organizerIds: $ids }) { id }
}`;

/** Attacks on what a write transaction in flight lets others see (read-isolation.ts). */
export const isolationAttacks: Attack[] = [
  {
    // The probe that found dirty reads on SQLite: an anonymous search saw a dry run's rows, and
    // the centre named one as organiser while the dry run was still open, which the reference
    // check (also dirty) accepted; the committed phantom then nulled every list of events.
    name: "phantom organizer: 3 import dry runs of 500 rows with searches and createEvent at once",
    run: async (stack) => {
      const centre = bearer(stack, "org-rc-tyumen");
      const gateway = stack.urls.gateway;
      const seen = new Set<string>();
      const counts = new Set<number>();
      const creations: Promise<Outcome>[] = [];
      const name = (ids: string[]) =>
        creations.push(query(gateway, CREATE_EVENT, { ids: ids.slice(0, 1) }, centre));
      let done = false;
      const dryRuns = (async () => {
        for (let run = 0; run < 3; run += 1) {
          const outcome = await query(gateway, IMPORT, { rows: phantomRows(500) }, centre);
          const first = outcome.body?.data?.importOrganizations?.organizations?.[0];
          if (first) name([first.organizationId]);
        }
      })().finally(() => (done = true));
      const search = async () => {
        while (!done) {
          const outcome = await query(gateway, SEARCH, { search: PHANTOM_WORD });
          const connection = outcome.body?.data?.organizations;
          counts.add(connection?.totalCount ?? -1);
          const ids: string[] = (connection?.edges ?? []).map((edge: any) => edge.node.id);
          ids.forEach((id) => seen.add(id));
          if (ids.length) name(ids);
        }
      };
      await Promise.all([dryRuns, search(), search()]);
      const created = await Promise.all(creations);
      const accepted = created.filter((outcome) => outcome.body?.data?.createEvent).length;
      const events = await query(gateway, "{ events(first: 100) { totalCount } }");
      const held =
        seen.size === 0 &&
        [...counts].every((count) => count === 0) &&
        accepted === 0 &&
        events.body?.data?.events !== null;
      const note = `${seen.size} phantom rows seen, counts ${[...counts].join("/")}, ${accepted} of ${created.length} createEvent accepted`;
      return result(created[0] ?? events, held, note);
    },
  },
];
