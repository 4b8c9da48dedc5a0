import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import * as check from "../../shared/validation";
import {
  archive,
  assertOrganizationsExist,
  createOwned,
  newId,
  updateOwned,
} from "../../shared/writes";
import type { VolunteersContext } from "../context";
import { VolunteerGroup } from "../entities/volunteer-group.entity";
import {
  CreateVolunteerGroupInput,
  UpdateVolunteerGroupInput,
} from "./types/volunteer-group.input";

/** The column changes an input makes, validated; undefined leaves a column as it is. */
function groupChanges(
  input: Partial<CreateVolunteerGroupInput> | UpdateVolunteerGroupInput,
): Partial<VolunteerGroup> {
  return {
    name: check.notCleared("input.name", check.optionalText("input.name", input.name, 300)),
    volunteerCount: check.notCleared(
      "input.volunteerCount",
      check.intRange("input.volunteerCount", input.volunteerCount, 0, 1_000_000),
    ),
    activities:
      input.activities === undefined
        ? undefined
        : check.textList("input.activities", input.activities ?? [], 20, 200),
  };
}

@Resolver(() => VolunteerGroup)
export class VolunteerGroupResolver {
  @Query(() => [VolunteerGroup], {
    description: "Live volunteer groups, optionally of one region.",
  })
  volunteerGroups(
    @Arg("regionCode", () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() { dataSource }: VolunteersContext,
  ): Promise<VolunteerGroup[]> {
    const code = regionCode ? check.regionCode("regionCode", regionCode) : undefined;
    const where = code ? { archivedAt: IsNull(), regionCode: code } : { archivedAt: IsNull() };
    return dataSource.getRepository(VolunteerGroup).find({ where, order: { name: "ASC" } });
  }

  @Mutation(() => VolunteerGroup, {
    description: "Registers a volunteer group owned by the calling centre.",
  })
  createVolunteerGroup(
    @Arg("input", () => CreateVolunteerGroupInput) input: CreateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return createOwned(
      context,
      VolunteerGroup,
      newId("volunteers", ""),
      {},
      {
        changes: async () => {
          const changes = {
            ...groupChanges(input),
            organizationId: input.organizationId,
            regionCode: check.regionCode("input.regionCode", input.regionCode)!,
          };
          await assertOrganizationsExist(context, "input.organizationId", [input.organizationId]);
          return changes;
        },
      },
    );
  }

  @Mutation(() => VolunteerGroup, {
    description: "Changes a group the caller owns (or any, for the coordinator).",
  })
  updateVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVolunteerGroupInput) input: UpdateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return updateOwned(context, VolunteerGroup, id, "VolunteerGroup", {
      changes: async () => groupChanges(input),
    });
  }

  @Mutation(() => VolunteerGroup, { description: "Archives a group: it leaves lists but is kept." })
  archiveVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return archive(context, VolunteerGroup, id, "VolunteerGroup");
  }
}
