import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { requirePrincipal } from "../../shared/auth/guards";
import {
  archive,
  assertOrganizationsExist,
  definedOnly,
  inTransaction,
  loadForChange,
  newId,
  saveChanges,
  stampForCreate,
} from "../../shared/writes";
import type { ProgrammesContext } from "../context";
import { ProgrammeStatus } from "../entities/enums";
import { ProgrammePartner } from "../entities/programme-partner.entity";
import { ProgrammeRegion } from "../entities/programme-region.entity";
import { SupportProgramme } from "../entities/support-programme.entity";
import { programmeChanges, programmeSearchText } from "./programme-changes";
import { CreateProgrammeInput, UpdateProgrammeInput } from "./types/programme.input";

type Links = Pick<CreateProgrammeInput, "partnerIds" | "regionCodes">;

/** Replaces the partner and region links a programme input names (those it leaves out stay). */
async function replaceLinks(
  manager: EntityManager,
  programmeId: string,
  input: Links,
): Promise<void> {
  if (input.partnerIds !== undefined) {
    await manager.delete(ProgrammePartner, { programmeId });
    const partners = [...new Set(input.partnerIds ?? [])];
    if (partners.length)
      await manager.insert(
        ProgrammePartner,
        partners.map((organizationId, position) => ({ programmeId, organizationId, position })),
      );
  }
  if (input.regionCodes !== undefined) {
    await manager.delete(ProgrammeRegion, { programmeId });
    const regions = [...new Set(input.regionCodes ?? [])];
    if (regions.length)
      await manager.insert(
        ProgrammeRegion,
        regions.map((regionCode, position) => ({ programmeId, regionCode, position })),
      );
  }
}

async function assertReferences(
  context: ProgrammesContext,
  input: CreateProgrammeInput | UpdateProgrammeInput,
) {
  await assertOrganizationsExist(context, "input.operatorId", [input.operatorId]);
  await assertOrganizationsExist(context, "input.partnerIds", input.partnerIds ?? []);
}

@Resolver(() => SupportProgramme)
export class ProgrammeMutationsResolver {
  @Mutation(() => SupportProgramme, {
    description: "Creates a programme owned by the calling centre.",
  })
  async createProgramme(
    @Arg("input", () => CreateProgrammeInput) input: CreateProgrammeInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    requirePrincipal(context.principal);
    const changes = programmeChanges(input, null);
    await assertReferences(context, input);
    return inTransaction(context, async (manager, principal) => {
      const programme = Object.assign(new SupportProgramme(), {
        status: ProgrammeStatus.ACTIVE,
        supportTypes: [],
        operatorId: null,
        startsOn: null,
        endsOn: null,
        periodNote: null,
        budgetAmount: null,
        budgetCurrency: null,
        budgetQualifier: null,
        outcomes: [],
        socialContractDirections: [],
        focusAreas: [],
        description: null,
        sources: [],
        ...definedOnly(changes),
        id: newId("programme", ""),
        ...stampForCreate(principal),
      });
      programme.searchText = programmeSearchText(programme);
      const saved = await manager.save(programme);
      await replaceLinks(manager, saved.id, input);
      return saved;
    });
  }

  @Mutation(() => SupportProgramme, {
    description: "Changes a programme the caller owns (or any, for the coordinator).",
  })
  async updateProgramme(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProgrammeInput) input: UpdateProgrammeInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<SupportProgramme> {
    const principal = requirePrincipal(context.principal);
    const current = await loadForChange(
      context.dataSource.manager,
      SupportProgramme,
      id,
      "Programme",
      principal,
    );
    const changes = programmeChanges(input, current);
    await assertReferences(context, input);
    return inTransaction(context, async (manager) => {
      const record = await loadForChange(manager, SupportProgramme, id, "Programme", principal);
      const merged = { ...record, ...definedOnly(changes) } as SupportProgramme;
      const saved = await saveChanges(
        manager,
        record,
        { ...changes, searchText: programmeSearchText(merged) },
        principal,
      );
      await replaceLinks(manager, id, input);
      return saved;
    });
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
