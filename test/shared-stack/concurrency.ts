import { EventOrganizer } from "../../subgraphs/events/entities/event-organizer.entity";
import { backends } from "../support/backends";
import { parallelWritesCase } from "../support/parallel-writes";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { subgraphBearer } from "../support/subgraph";
import { poster } from "../support/write-races";

describe.each(backends)("concurrent writes on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

  parallelWritesCase(() => {
    const links = stack.subgraphs.events.database.dataSource.getRepository(EventOrganizer);
    return {
      events: [poster(stack.subgraphs.events.url, () => subgraphBearer("events", "org-rc-tyumen"))],
      organizerLinks: (eventId) => links.countBy({ eventId }),
      gateway: stack.gateway.url,
    };
  });
});
