import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProgrammesContext } from "../context";
import { Award } from "../entities/award.entity";
import { SupportProgramme } from "../entities/support-programme.entity";
import { Organization } from "../external/organization";

/** The fields this subgraph adds to Organization. */
@Resolver(() => Organization)
export class OrganizationProgrammesResolver {
  @FieldResolver(() => [SupportProgramme], {
    nullable: true,
    description: "Programmes the organisation operates.",
  })
  programmesOperated(@Root() organization: Organization, @Ctx() { loaders }: ProgrammesContext) {
    return loaders.programmesByOperatorId.load(organization.id);
  }

  @FieldResolver(() => [Award], {
    nullable: true,
    description: "Support the organisation received from programmes.",
  })
  awardsReceived(
    @Root() organization: Organization,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<Award[]> {
    return loaders.awardsByRecipientId.load(organization.id);
  }
}
