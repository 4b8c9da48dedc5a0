import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { assertOrganizationLinks } from "../../shared/linked-organizations";
import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { VolunteersContext } from "../context";
import { VolunteerGroup } from "../entities/volunteer-group.entity";
import { volunteerGroupChanges, type VolunteerGroupInput } from "./volunteer-group-changes";
import {
  CreateVolunteerGroupInput,
  UpdateVolunteerGroupInput,
} from "./types/volunteer-group.input";

function plan(context: VolunteersContext, input: VolunteerGroupInput): WritePlan<VolunteerGroup> {
  return {
    // The organisation lives in the organizations subgraph: checked before the transaction.
    remote: (principal) =>
      assertOrganizationLinks(context, principal, [
        {
          field: "input.organizationId",
          ids: ["organizationId" in input ? input.organizationId : undefined],
        },
      ]),
    changes: async () => volunteerGroupChanges(input),
  };
}

/** The writes of the volunteers subgraph: the same create/update/archive shape as the others. */
@Resolver(() => VolunteerGroup)
export class VolunteerGroupMutationsResolver {
  @Mutation(() => VolunteerGroup, {
    description: "Registers a volunteer group owned by the calling centre.",
  })
  createVolunteerGroup(
    @Arg("input", () => CreateVolunteerGroupInput) input: CreateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return createOwned(context, VolunteerGroup, newId("volunteers", ""), {}, plan(context, input));
  }

  @Mutation(() => VolunteerGroup, {
    description: "Changes a group the caller owns (or any, for the coordinator).",
  })
  updateVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVolunteerGroupInput) input: UpdateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return updateOwned(context, VolunteerGroup, id, "VolunteerGroup", plan(context, input));
  }

  @Mutation(() => VolunteerGroup, { description: "Archives a group: it leaves lists but is kept." })
  archiveVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return archive(context, VolunteerGroup, id, "VolunteerGroup");
  }
}
