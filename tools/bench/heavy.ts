import type { Workload } from "./workloads";

/**
 * The heavy shape a national dashboard reads: a page of 100 organisations, each with its region
 * and district, its first events, the programmes it operates and the awards it received with
 * their programmes. Four subgraphs, tens of KB per answer over the generated network.
 */
export const HEAVY_QUERY = `query HeavyPage($after: String) {
  organizations(first: 100, after: $after) {
    totalCount
    edges {
      node {
        id name kind inn ogrn focusAreas
        region { code name federalDistrict { code } }
        events(first: 3) { totalCount edges { node { id title startsAt } } }
        programmesOperated { id title kind }
        awardsReceived { id awardedOn amount { amount } programme { id kind } }
      }
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** How many pages the varied workload walks through, one after another per request. */
export const HEAVY_PAGES = 20;

function body(after: string | null): string {
  return JSON.stringify({ query: HEAVY_QUERY, variables: { after } });
}

/**
 * The cursors of the first `pages` pages of 100 in `organizations`' order, read from the
 * organizations subgraph itself (a cursor is opaque: the data decides it). Null is page 1.
 */
async function pageCursors(organizationsUrl: string, pages: number): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  const query = `query ($after: String) {
    organizations(first: 100, after: $after) { pageInfo { endCursor hasNextPage } }
  }`;
  while (cursors.length < pages) {
    const response = await fetch(organizationsUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { after: cursors.at(-1) } }),
    });
    const { data } = (await response.json()) as {
      data?: { organizations: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
    };
    const page = data?.organizations.pageInfo;
    if (!page?.endCursor || !page.hasNextPage) break;
    cursors.push(page.endCursor);
  }
  if (cursors.length < pages)
    throw new Error(
      `heavy-varied needs ${pages * 100} organisations, the data has ${cursors.length} pages of 100 (generate more: --generate bench)`,
    );
  return cursors;
}

/**
 * `heavy-same` (page 1 for every request) and `heavy-varied` (pages 1 to HEAVY_PAGES in turn);
 * the varied bodies need the data's cursors, so `prepare` fills them once the subgraphs run.
 */
export function heavyWorkloads(): Workload[] {
  return [
    {
      id: "heavy-same",
      title: "100 organisations with region, events, programmes and awards, the same request",
      join: true,
      bodies: [body(null)],
    },
    {
      id: "heavy-varied",
      title: `100 organisations with region, events, programmes and awards, ${HEAVY_PAGES} pages in turn`,
      join: true,
      bodies: [],
      prepare: async (organizationsUrl) =>
        (await pageCursors(organizationsUrl, HEAVY_PAGES)).map(body),
    },
  ];
}
