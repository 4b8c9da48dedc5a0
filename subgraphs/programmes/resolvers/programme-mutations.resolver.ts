import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  archive,
  assertOrganizationsExist,
  createOwned,
  newId,
  updateOwned,
  type WritePlan,
} from "../../shared/writes";
import type { ProgrammesContext } from "../context";
import { ProgrammePartner } from "../entities/programme-partner.entity";
import { ProgrammeRegion } from "../entities/programme-region.entity";
import { PROGRAMME_DEFAULTS, programmeSearchText } from "../entities/support-programme.defaults";
import { SupportProgramme } from "../entities/support-programme.entity";
import { programmeChanges } from "./programme-changes";
import { CreateProgrammeInput, UpdateProgrammeInput } from "./types/programme.input";

type Input = CreateProgrammeInput | UpdateProgrammeInput;

/** Replaces the partner and region links an input names (those it leaves out stay). */
async function replaceLinks(
  manager: EntityManager,
  programmeId: string,
  input: Input,
): Promise<void> {
  if (input.partnerIds !== undefined) {
    await manager.delete(ProgrammePartner, { programmeId });
    const partners = [...new Set(input.partnerIds ?? [])];
    if (partners.length) {
      await manager.insert(
        ProgrammePartner,
        partners.map((organizationId, position) => ({ programmeId, organizationId, position })),
      );
    }
  }
  if (input.regionCodes !== undefined) {
    await manager.delete(ProgrammeRegion, { programmeId });
    const regions = [...new Set(input.regionCodes ?? [])];
    if (regions.length) {
      await manager.insert(
        ProgrammeRegion,
        regions.map((regionCode, position) => ({ programmeId, regionCode, position })),
      );
    }
  }
}

function plan(context: ProgrammesContext, input: Input): WritePlan<SupportProgramme> {
  return {
    changes: async (current) => {
      const changes = programmeChanges(input, current);
      await assertOrganizationsExist(context, "input.operatorId", [input.operatorId]);
      await assertOrganizationsExist(context, "input.partnerIds", input.partnerIds ?? []);
      return changes;
    },
    searchText: programmeSearchText,
    links: (manager, id) => replaceLinks(manager, id, input),
  };
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
    description: "Archives a programme: it leaves lists but is kept.",
  })
  archiveProgramme(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    return archive(context, SupportProgramme, id, "Programme");
  }
}
