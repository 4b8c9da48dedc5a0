import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { IsNull, type EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { replaceLinkRows } from "../../shared/link-rows";
import { assertOrganizationLinks } from "../../shared/linked-organizations";
import { updatedStamp } from "../../shared/owned-record";
import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { ProgrammesContext } from "../context";
import { Award } from "../entities/award.entity";
import { ProgrammePartner } from "../entities/programme-partner.entity";
import { ProgrammeRegion } from "../entities/programme-region.entity";
import { PROGRAMME_DEFAULTS, programmeSearchText } from "../entities/support-programme.defaults";
import { SupportProgramme } from "../entities/support-programme.entity";
import { programmeChanges } from "./programme-changes";
import { CreateProgrammeInput, UpdateProgrammeInput } from "./types/programme.input";

type Input = CreateProgrammeInput | UpdateProgrammeInput;

/** Replaces the partner and region links an input names (those it leaves out stay). */
async function replaceLinks(manager: EntityManager, programmeId: string, input: Input) {
  const owner = { column: "programmeId" as const, id: programmeId };
  if (input.partnerIds !== undefined)
    await replaceLinkRows(
      manager,
      ProgrammePartner,
      owner,
      "organizationId",
      input.partnerIds ?? [],
    );
  if (input.regionCodes !== undefined)
    await replaceLinkRows(manager, ProgrammeRegion, owner, "regionCode", input.regionCodes ?? []);
}

function plan(context: ProgrammesContext, input: Input): WritePlan<SupportProgramme> {
  return {
    // The operator speaks for the programme, so naming one needs its consent; partners only
    // need to exist. Both live in the organizations subgraph: checked before the transaction.
    remote: (principal) =>
      assertOrganizationLinks(context, principal, [
        { field: "input.operatorId", ids: [input.operatorId], speaksFor: true },
        { field: "input.partnerIds", ids: input.partnerIds ?? [] },
      ]),
    changes: async (_manager, current) => programmeChanges(input, current),
    searchText: programmeSearchText,
    links: (manager, id) => replaceLinks(manager, id, input),
  };
}

/**
 * Archiving a programme archives its live awards in the same transaction: an award is support
 * given under a programme, and none stays live under an archived one. A concurrent createAward
 * holds the programme's row (FOR SHARE) until it commits, so the award it makes is either
 * seen here and archived, or refused there because the programme is archived by then.
 */
async function archiveAwards(manager: EntityManager, programme: SupportProgramme, by: Principal) {
  await manager.update(
    Award,
    { programmeId: programme.id, archivedAt: IsNull() },
    { archivedAt: programme.archivedAt, ...updatedStamp(by.organizationId) },
  );
}

@Resolver(() => SupportProgramme)
export class ProgrammeMutationsResolver {
  @Mutation(() => SupportProgramme, {
    description: "Creates a programme owned by the calling centre.",
  })
  createProgramme(
    @Arg("input", () => CreateProgrammeInput) input: CreateProgrammeInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    return createOwned(
      context,
      SupportProgramme,
      newId("programme", ""),
      PROGRAMME_DEFAULTS,
      plan(context, input),
    );
  }

  @Mutation(() => SupportProgramme, {
    description: "Changes a programme the caller owns (or any, for the coordinator).",
  })
  updateProgramme(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProgrammeInput) input: UpdateProgrammeInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    return updateOwned(context, SupportProgramme, id, "Programme", plan(context, input));
  }

  @Mutation(() => SupportProgramme, {
    description: "Archives a programme and its awards: they leave lists but are kept.",
  })
  archiveProgramme(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    return archive(context, SupportProgramme, id, "Programme", { cascade: archiveAwards });
  }
}
