import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { requirePrincipal } from "../../shared/auth/guards";
import { badUserInput } from "../../shared/errors";
import * as check from "../../shared/validation";
import {
  archive,
  assertOrganizationsExist,
  inTransaction,
  loadForChange,
  newId,
  saveChanges,
  stampForCreate,
} from "../../shared/writes";
import type { VolunteersContext } from "../context";
import { VolunteerGroup } from "../entities/volunteer-group.entity";
import {
  CreateVolunteerGroupInput,
  UpdateVolunteerGroupInput,
} from "./types/volunteer-group.input";

function noClear<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === null) throw badUserInput(field, null, "It cannot be cleared.");
  return value;
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

  @Mutation(() => VolunteerGroup)
  async createVolunteerGroup(
    @Arg("input", () => CreateVolunteerGroupInput) input: CreateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    requirePrincipal(context.principal);
    const row = {
      name: check.text("input.name", input.name, 300),
      organizationId: input.organizationId,
      regionCode: check.regionCode("input.regionCode", input.regionCode)!,
      volunteerCount: check.intRange("input.volunteerCount", input.volunteerCount, 0, 1_000_000)!,
      activities: check.textList("input.activities", input.activities, 20, 200),
    };
    await assertOrganizationsExist(context, "input.organizationId", [input.organizationId]);
    return inTransaction(context, (manager, principal) =>
      manager.save(
        Object.assign(new VolunteerGroup(), {
          ...row,
          id: newId("volunteers", ""),
          ...stampForCreate(principal),
        }),
      ),
    );
  }

  @Mutation(() => VolunteerGroup)
  updateVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVolunteerGroupInput) input: UpdateVolunteerGroupInput,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return inTransaction(context, async (manager, principal) => {
      const group = await loadForChange(manager, VolunteerGroup, id, "VolunteerGroup", principal);
      const changes = {
        name: noClear("input.name", check.optionalText("input.name", input.name, 300)),
        volunteerCount: noClear(
          "input.volunteerCount",
          check.intRange("input.volunteerCount", input.volunteerCount, 0, 1_000_000),
        ),
        activities:
          input.activities === undefined
            ? undefined
            : check.textList("input.activities", input.activities ?? [], 20, 200),
      };
      return saveChanges(manager, group, changes, principal);
    });
  }

  @Mutation(() => VolunteerGroup)
  archiveVolunteerGroup(
    @Arg("id", () => ID) id: string,
    @Ctx() context: VolunteersContext,
  ): Promise<VolunteerGroup> {
    return archive(context, VolunteerGroup, id, "VolunteerGroup");
  }
}
