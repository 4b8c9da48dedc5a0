import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Event } from "../../subgraphs/events/entities/event.entity";
import { EventOrganizer } from "../../subgraphs/events/entities/event-organizer.entity";
import { Organization } from "../../subgraphs/organizations/entities/organization.entity";
import { Award } from "../../subgraphs/programmes/entities/award.entity";
import { ProgrammeRegion } from "../../subgraphs/programmes/entities/programme-region.entity";
import { SupportProgramme } from "../../subgraphs/programmes/entities/support-programme.entity";
import { BulkWriter, finishBulkLoad, prepareBulkLoad, removeGenerated } from "./bulk-insert";
import { eventRows } from "./events";
import { organizationRows } from "./organizations";
import type { Plan } from "./plan";
import { awardRows, programmeRows } from "./programmes";
import type { Progress } from "./progress";
import type { NamePools } from "./random";

/** The opened (and seeded) data sources of the subgraphs that receive generated rows. */
export interface GenerationTargets {
  organizations: DataSource;
  events: DataSource;
  programmes: DataSource;
}

type ProgressOf = (label: string, total: number) => Progress;

/**
 * Writes the synthetic network of `plan` into the subgraphs' databases, after removing what an
 * earlier run generated, with names drawn from `pools`. Seed rows stay. Returns the rows written per table.
 */
export async function generateNetwork(
  plan: Plan,
  targets: GenerationTargets,
  progressOf: ProgressOf,
  pools: NamePools,
): Promise<Record<string, number>> {
  for (const dataSource of Object.values(targets)) await prepareBulkLoad(dataSource);
  const written: Record<string, number> = {};
  const org = targets.organizations;
  await removeGenerated(org, Organization);
  written.organizations = await writeAll(
    org,
    Organization,
    organizationRows(plan, pools),
    progressOf("organizations", plan.counts.organizations),
  );

  const events = targets.events;
  await removeGenerated(events, EventOrganizer, "eventId");
  await removeGenerated(events, Event);
  written.events = await writeLinked(
    events,
    Event,
    EventOrganizer,
    eventRows(plan, pools),
    (rows) => [rows.event, rows.organizers],
    progressOf("events", plan.counts.events),
  );

  const programmes = targets.programmes;
  await removeGenerated(programmes, Award);
  await removeGenerated(programmes, ProgrammeRegion, "programmeId");
  await removeGenerated(programmes, SupportProgramme);
  written.programmes = await writeLinked(
    programmes,
    SupportProgramme,
    ProgrammeRegion,
    programmeRows(plan),
    (rows) => [rows.programme, rows.regions],
    progressOf("programmes", plan.counts.programmes),
  );
  written.awards = await writeAll(
    programmes,
    Award,
    awardRows(plan),
    progressOf("awards", plan.counts.awards),
  );

  for (const dataSource of Object.values(targets)) await finishBulkLoad(dataSource);
  return written;
}

async function writeAll<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: Iterable<T>,
  progress: Progress,
): Promise<number> {
  const writer = new BulkWriter(dataSource, entity);
  let count = 0;
  for (const row of rows) {
    await writer.add(row);
    count += 1;
    if (count % 1000 === 0) progress.tick(1000);
  }
  await writer.close();
  progress.tick(count % 1000);
  progress.done();
  return count;
}

/** Writes records and their link rows (an event's organisers) side by side. */
async function writeLinked<R, T extends ObjectLiteral, L extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  link: EntityTarget<L>,
  rows: Iterable<R>,
  split: (rows: R) => [T, L[]],
  progress: Progress,
): Promise<number> {
  const records = new BulkWriter(dataSource, entity);
  const links = new BulkWriter(dataSource, link);
  let count = 0;
  for (const item of rows) {
    const [record, linked] = split(item);
    await records.add(record);
    for (const row of linked) await links.add(row);
    count += 1;
    if (count % 1000 === 0) progress.tick(1000);
  }
  await records.close();
  await links.close();
  progress.tick(count % 1000);
  progress.done();
  return count;
}
