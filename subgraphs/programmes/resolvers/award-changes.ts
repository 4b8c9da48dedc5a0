import type { EntityManager } from "typeorm";
import { assertCanChange, canChange } from "../../shared/auth/guards";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import { answersFor } from "../../shared/linked-organizations";
import { findLocked } from "../../shared/locks";
import type { ReferenceChecker } from "../../shared/organization-lookup";
import * as check from "../../shared/validation";
import type { Award } from "../entities/award.entity";
import { SupportProgramme } from "../entities/support-programme.entity";
import { moneyColumns } from "./programme-changes";
import type { CreateAwardInput, UpdateAwardInput } from "./types/award.input";

export type AwardInput = CreateAwardInput | UpdateAwardInput;

/**
 * An award is made under a live programme, by whoever may change the programme: BAD_USER_INPUT
 * when the programme is missing or archived, FORBIDDEN when the caller may not change it.
 * Inside the write's transaction the programme's row is read FOR SHARE (PostgreSQL), so a
 * concurrent archive of the programme waits for this write, or this write sees it archived.
 */
export async function assertProgrammeOpen(
  manager: EntityManager,
  programmeId: string,
  principal: Principal,
): Promise<void> {
  const programme = manager.queryRunner?.isTransactionActive
    ? await findLocked(manager, SupportProgramme, { id: programmeId }, { shared: true })
    : await manager.findOneBy(SupportProgramme, { id: programmeId });
  if (!programme || programme.archivedAt !== null) {
    throw badUserInput("input.programmeId", programmeId, "No such programme.");
  }
  assertCanChange(principal, programme.ownerId, `Programme ${programme.id}`);
}

/**
 * Validates an award input and returns the column changes it makes (undefined for fields it
 * leaves alone). Single-field bounds, the amount's among them, were checked on the input type.
 */
export function awardChanges(input: AwardInput): Partial<Award> {
  const money = moneyColumns(input.amount);
  return {
    recipientId: check.notCleared("input.recipientId", input.recipientId),
    amount: money.amount,
    currency: money.currency,
    qualifier: money.qualifier,
    awardedOn: input.awardedOn,
    purpose: check.notCleared("input.purpose", check.optionalText("input.purpose", input.purpose)),
  };
}

/**
 * Who besides the award's owner and the coordinator may archive it: the centre that answers
 * for its recipient (the recipient itself, or its owner), so an award naming an organisation
 * wrongly can be taken down by the one it names. Asks the organizations subgraph, so it runs
 * before the transaction; the transaction then checks that the recipient is still the same.
 */
export async function recipientMayArchive(
  references: ReferenceChecker,
  award: Award | null,
  principal: Principal,
): Promise<((record: Award) => boolean) | undefined> {
  if (!award || canChange(principal, award.ownerId)) return undefined;
  const recipient = (await references.liveOrganizations([award.recipientId])).get(
    award.recipientId,
  );
  if (!recipient || !answersFor(principal, recipient)) return undefined;
  return (record) => record.recipientId === award.recipientId;
}
