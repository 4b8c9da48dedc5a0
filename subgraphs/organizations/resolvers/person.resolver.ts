import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { codedError } from "../../shared/errors";
import type { OrganizationsContext } from "../context";
import { Organization } from "../entities/organization.entity";
import { Person } from "../entities/person.entity";

/**
 * Contact data is for the coordinator and live resource centres only: an archived or unknown
 * centre's credential loses it as it loses writes (the check is local here, and cached in the
 * other subgraphs for the same short window).
 */
async function contactField(
  value: string | null,
  { principal, references }: OrganizationsContext,
): Promise<string | null> {
  if (!principal) {
    throw codedError(
      "UNAUTHENTICATED",
      "Personal contact data is visible to authenticated centres only.",
    );
  }
  if (
    principal.role !== "coordinator" &&
    !(await references.isLiveCentre(principal.organizationId))
  )
    throw codedError(
      "FORBIDDEN",
      `Personal contact data is visible to live resource centres only; ${JSON.stringify(principal.organizationId)} is not one.`,
    );
  return value;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Person | null> {
    return loaders.personById.load(id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() person: Person, @Ctx() { loaders }: OrganizationsContext) {
    return person.organizationId ? loaders.organizationById.load(person.organizationId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone: authenticated principals only.",
  })
  phone(@Root() person: Person, @Ctx() context: OrganizationsContext): Promise<string | null> {
    return contactField(person.phone, context);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "E-mail: authenticated principals only.",
  })
  email(@Root() person: Person, @Ctx() context: OrganizationsContext): Promise<string | null> {
    return contactField(person.email, context);
  }
}
