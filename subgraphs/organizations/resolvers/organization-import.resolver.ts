import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { authorizeWrite } from "../../shared/auth/writer";
import { assertBatchSize, importTransaction } from "../../shared/import-report";
import type { OrganizationsContext } from "../context";
import { importOrganizationRows } from "./organization-import-changes";
import { OrganizationImportResult, OrganizationImportRow } from "./types/organization-import.input";

@Resolver()
export class OrganizationImportResolver {
  @Mutation(() => OrganizationImportResult, {
    description:
      "Imports the organisations of register rows in one transaction: each is matched by INN or OGRN, created (owned by the calling centre) when missing, or rejected with the API's error. A dry run checks everything and writes nothing. At most 1000 rows.",
  })
  async importOrganizations(
    @Arg("rows", () => [OrganizationImportRow]) rows: OrganizationImportRow[],
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationImportResult> {
    const principal = await authorizeWrite(context);
    assertBatchSize(rows);
    return importTransaction(context.dataSource, dryRun, (manager) =>
      importOrganizationRows(manager, rows, principal),
    );
  }
}
