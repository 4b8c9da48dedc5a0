import { In, type EntityManager } from "typeorm";
import { ownerFor } from "../../shared/auth/guards";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import { rejectionOf, type ImportOutcome, type ImportRejection } from "../../shared/import-report";
import { lockKey } from "../../shared/locks";
import { updatedStamp } from "../../shared/owned-record";
import { newId, stampForCreate } from "../../shared/writes";
import { Award } from "../entities/award.entity";
import { ProgrammeRegion } from "../entities/programme-region.entity";
import { PROGRAMME_DEFAULTS, programmeSearchText } from "../entities/support-programme.defaults";
import { SupportProgramme } from "../entities/support-programme.entity";
import type { CheckedRegisterRow } from "./register-rows";

/** A checked row with the organisation it names, as the organizations subgraph matched it. */
export interface MatchedRegisterRow extends CheckedRegisterRow {
  recipientId: string;
  organizationOutcome: ImportOutcome;
}

/** Rows per INSERT: an award has 15 columns, so 60 rows stay under SQLite's 999 variables. */
const INSERT_CHUNK = 60;

async function insertChunked<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: T[],
) {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK)
    await manager.insert(entity, rows.slice(start, start + INSERT_CHUNK) as never);
}

/**
 * The caller's import programmes by key (one per support body and form of support), creating
 * those that are missing, placed in the centre's region.
 */
async function programmesFor(
  manager: EntityManager,
  rows: MatchedRegisterRow[],
  principal: Principal,
  regionCode: string | null,
): Promise<{ byKey: Map<string, SupportProgramme>; created: string[] }> {
  const ownerId = ownerFor(principal);
  const keys = [...new Set(rows.map(({ programmeKey }) => programmeKey))];
  const found = keys.length
    ? await manager.findBy(SupportProgramme, { ownerId, externalKey: In(keys) })
    : [];
  const byKey = new Map(found.map((programme) => [programme.externalKey!, programme]));
  const created: SupportProgramme[] = [];
  for (const row of rows) {
    if (byKey.has(row.programmeKey)) continue;
    const programme = Object.assign(new SupportProgramme(), PROGRAMME_DEFAULTS, {
      id: newId("programme", ""),
      title: `${row.form.label}: ${row.supportBody}`.slice(0, 300),
      kind: row.form.kind,
      supportTypes: [row.form.type],
      description: `Орган, предоставивший поддержку: ${row.supportBody}. Импортировано из реестра СО НКО — получателей поддержки.`,
      externalKey: row.programmeKey,
      ...stampForCreate(principal),
    });
    programme.searchText = programmeSearchText(programme);
    byKey.set(row.programmeKey, programme);
    created.push(programme);
  }
  await insertChunked(manager, SupportProgramme, created);
  if (regionCode)
    await insertChunked(
      manager,
      ProgrammeRegion,
      created.map((programme) =>
        Object.assign(new ProgrammeRegion(), {
          programmeId: programme.id,
          regionCode,
          position: 0,
        }),
      ),
    );
  return { byKey, created: created.map(({ externalKey }) => externalKey!) };
}

/** The award columns a row sets. */
function awardColumns(row: MatchedRegisterRow, programmeId: string): Partial<Award> {
  return {
    programmeId,
    recipientId: row.recipientId,
    amount: row.amount,
    currency: row.amount === null ? null : "RUB",
    qualifier: null,
    awardedOn: row.awardedOn,
    purpose: row.purpose,
  };
}

function differs(award: Award, columns: Partial<Award>): boolean {
  return Object.entries(columns).some(
    ([key, value]) => (award as unknown as Record<string, unknown>)[key] !== value,
  );
}

const combined = (organization: ImportOutcome, award: ImportOutcome): ImportOutcome =>
  organization === "CREATED" || award === "CREATED"
    ? "CREATED"
    : organization === "UPDATED" || award === "UPDATED"
      ? "UPDATED"
      : "UNCHANGED";

/**
 * Imports the awards of matched rows inside the caller's transaction: each row's programme is
 * found or created, and its award found by its key (register entry) and left as it is, changed,
 * or created. An award the centre archived stays archived. Returns each row's outcome (its
 * organisation's and award's together) and the rows refused because their programme is archived.
 */
export async function importAwardRows(
  manager: EntityManager,
  rows: MatchedRegisterRow[],
  principal: Principal,
  regionCode: string | null,
): Promise<{
  outcomes: ImportOutcome[];
  rejections: ImportRejection[];
  /** The keys of the programmes created, so that batches of one register count each once. */
  programmesCreated: string[];
}> {
  await lockKey(manager, "programme.import");
  const programmes = await programmesFor(manager, rows, principal, regionCode);
  const ownerId = ownerFor(principal);
  const existing = await manager.findBy(Award, {
    ownerId,
    externalKey: In(rows.map(({ key }) => key)),
  });
  const byKey = new Map(existing.map((award) => [award.externalKey!, award]));
  const outcomes: ImportOutcome[] = [];
  const rejections: ImportRejection[] = [];
  const created: Award[] = [];
  for (const row of rows) {
    const programme = programmes.byKey.get(row.programmeKey)!;
    if (programme.archivedAt !== null) {
      const error = badUserInput(
        "supportBody",
        row.supportBody,
        `Programme ${programme.id} for this body and form of support is archived.`,
      );
      rejections.push(rejectionOf(row.input.row, "supportBody", row.input.supportBody, error));
      continue;
    }
    const columns = awardColumns(row, programme.id);
    const award = byKey.get(row.key);
    let outcome: ImportOutcome = "UNCHANGED";
    if (!award) {
      created.push(
        Object.assign(new Award(), columns, {
          id: newId("award", ""),
          sources: [],
          externalKey: row.key,
          ...stampForCreate(principal),
        }),
      );
      outcome = "CREATED";
    } else if (award.archivedAt === null && differs(award, columns)) {
      await manager.update(Award, award.id, {
        ...columns,
        ...updatedStamp(principal.organizationId),
      });
      outcome = "UPDATED";
    }
    outcomes.push(combined(row.organizationOutcome, outcome));
  }
  await insertChunked(manager, Award, created);
  return { outcomes, rejections, programmesCreated: programmes.created };
}
