import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { authorizeWrite } from "../../shared/auth/writer";
import { assertOrganizationLinks } from "../../shared/linked-organizations";
import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { ProgrammesContext } from "../context";
import { Award } from "../entities/award.entity";
import {
  assertProgrammeOpen,
  awardChanges,
  recipientMayArchive,
  type AwardInput,
} from "./award-changes";
import { CreateAwardInput, UpdateAwardInput } from "./types/award.input";

const DEFAULTS: Partial<Award> = {
  amount: null,
  currency: null,
  qualifier: null,
  awardedOn: null,
  sources: [],
};

/** `programmeId` is the programme a new award is made under (none for an update). */
function plan(
  context: ProgrammesContext,
  input: AwardInput,
  programmeId?: string,
): WritePlan<Award> {
  return {
    remote: async (principal) => {
      // Looked at once before the recipient, so a missing or foreign programme is the error a
      // caller sees first; checked again, where it counts, inside the transaction.
      if (programmeId)
        await assertProgrammeOpen(context.dataSource.manager, programmeId, principal);
      // The recipient speaks for the award, so naming it needs its consent.
      await assertOrganizationLinks(context, principal, [
        { field: "input.recipientId", ids: [input.recipientId], speaksFor: true },
      ]);
    },
    changes: async (manager, _current, principal) => {
      if (programmeId) await assertProgrammeOpen(manager, programmeId, principal);
      return awardChanges(input);
    },
  };
}

/** Awards are made under a programme: only who may change the programme may add one to it. */
@Resolver(() => Award)
export class AwardMutationsResolver {
  @Mutation(() => Award, { description: "Records a programme's support to one organisation." })
  createAward(
    @Arg("input", () => CreateAwardInput) input: CreateAwardInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<Award> {
    return createOwned(
      context,
      Award,
      newId("award", ""),
      { ...DEFAULTS, programmeId: input.programmeId },
      plan(context, input, input.programmeId),
    );
  }

  @Mutation(() => Award, {
    description: "Changes an award the caller owns (or any, for the coordinator).",
  })
  updateAward(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAwardInput) input: UpdateAwardInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<Award> {
    return updateOwned(context, Award, id, "Award", plan(context, input));
  }

  @Mutation(() => Award, {
    description:
      "Archives an award: it leaves lists but is kept. Its owner, the coordinator, or the centre that answers for its recipient may archive it.",
  })
  async archiveAward(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ProgrammesContext,
  ): Promise<Award> {
    const principal = await authorizeWrite(context);
    const award = await context.dataSource.manager.findOneBy(Award, { id });
    const alsoAllowed = await recipientMayArchive(context.references, award, principal);
    return archive(context, Award, id, "Award", { alsoAllowed });
  }
}
