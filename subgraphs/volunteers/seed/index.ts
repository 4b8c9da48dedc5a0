import type { DataSource } from "typeorm";

/**
 * The source articles name volunteering as a theme (the Monchegorsk session's "role of the
 * volunteer movement", corporate volunteering) but no volunteer group or count, so this
 * subgraph starts empty; centres add their groups with createVolunteerGroup.
 */
export async function seedVolunteers(_dataSource: DataSource): Promise<Record<string, number>> {
  return { volunteerGroups: 0 };
}
