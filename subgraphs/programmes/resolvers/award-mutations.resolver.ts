import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { assertCanChange, requirePrincipal } from "../../shared/auth/guards";
import { badUserInput } from "../../shared/errors";
import * as check from "../../shared/validation";
import {
  archive,
  assertOrganizationsExist,
  createOwned,
  newId,
  updateOwned,
  type WritePlan,
} from "../../shared/writes";
import type { ProgrammesContext } from "../context";
import { Award } from "../entities/award.entity";
import { SupportProgramme } from "../entities/support-programme.entity";
import { moneyColumns } from "./programme-changes";
import { CreateAwardInput, UpdateAwardInput } from "./types/award.input";

function awardChanges(input: CreateAwardInput | UpdateAwardInput): Partial<Award> {
  if (input.purpose === null) throw badUserInput("input.purpose", null, "It cannot be cleared.");
  if (input.recipientId === null)
    throw badUserInput("input.recipientId", null, "It cannot be cleared.");
  const money = moneyColumns("input.amount", input.amount);
  return {
    recipientId: check.notCleared("input.recipientId", input.recipientId),
    amount: money.amount,
    currency: money.currency,
    qualifier: money.qualifier,
    awardedOn: input.awardedOn,
    purpose: check.notCleared(
      "input.purpose",
      check.optionalText("input.purpose", input.purpose, 1000),
    ),
  };
}

const DEFAULTS: Partial<Award> = {
  amount: null,
  currency: null,
  qualifier: null,
  awardedOn: null,
  sources: [],
};

function plan(
  context: ProgrammesContext,
  input: CreateAwardInput | UpdateAwardInput,
): WritePlan<Award> {
  return {
    changes: async () => {
      const changes = awardChanges(input);
      await assertOrganizationsExist(context, "input.recipientId", [input.recipientId]);
      return changes;
    },
  };
}

/** Awards are made under a programme: only who may change the programme may add one to it. */
@Resolver(() => Award)
export class AwardMutationsResolver {
  @Mutation(() => Award, { description: "Records a programme's support to one organisation." })
  async createAward(
    @Arg("input", () => CreateAwardInput) input: CreateAwardInput,
    @Ctx() context: ProgrammesContext,
  ): Promise<Award> {
    const principal = requirePrincipal(context.principal);
    const programme = await context.dataSource.manager.findOneBy(SupportProgramme, {
      id: input.programmeId,
    });
    if (!programme || programme.archivedAt !== null) {
      throw badUserInput("input.programmeId", input.programmeId, "No such programme.");
    }
    assertCanChange(principal, programme.ownerId, `Programme ${programme.id}`);
    return createOwned(
      context,
      Award,
      newId("award", ""),
      { ...DEFAULTS, programmeId: programme.id },
      plan(context, input),
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

  @Mutation(() => Award, { description: "Archives an award: it leaves lists but is kept." })
  archiveAward(@Arg("id", () => ID) id: string, @Ctx() context: ProgrammesContext): Promise<Award> {
    return archive(context, Award, id, "Award");
  }
}
