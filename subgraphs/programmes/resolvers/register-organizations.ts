import { GraphQLError } from "graphql";
import type { ImportRejection, ImportWarning } from "../../shared/import-report";
import { callOrganizations } from "../../shared/organization-lookup";
import type { ProgrammesContext } from "../context";
import type { CheckedRegisterRow } from "./register-rows";

/** What importOrganizations answers for the rows sent to it. */
export interface RegisterOrganizations {
  organizations: { row: number; organizationId: string; outcome: string }[];
  rejections: ImportRejection[];
  warnings: ImportWarning[];
  regionCode: string | null;
}

const IMPORT_ORGANIZATIONS = `mutation($rows: [OrganizationImportRow!]!, $dryRun: Boolean!) {
  importOrganizations(rows: $rows, dryRun: $dryRun) {
    organizations { row organizationId outcome }
    rejections { row field value code message }
    warnings { row field value code message }
    regionCode
  }
}`;

/**
 * A bound for direct callers of this subgraph, longer than REFERENCE_TIMEOUT_MS because a batch
 * writes up to 1000 organisations; through the gateway, its shorter subgraph deadline ends the
 * whole request first. A batch of 1000 rows takes well under a second.
 */
const IMPORT_TIMEOUT_MS = 30_000;

/**
 * Sends the organisation cells of the checked rows to the organizations subgraph's
 * importOrganizations, with a token for that subgraph on the caller's behalf (exchanged at the
 * gateway; see RequestContext.onBehalfOf): that subgraph checks it and
 * applies its own ownership rules, as it does for any caller. An error it gives for the whole
 * batch (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT) is passed on with its code.
 */
export async function importRegisterOrganizations(
  context: ProgrammesContext,
  rows: CheckedRegisterRow[],
  dryRun: boolean,
): Promise<RegisterOrganizations> {
  const body = await callOrganizations<{ importOrganizations: RegisterOrganizations }>(
    context.organizationsUrl ?? "",
    {
      doing: "import organisations",
      query: IMPORT_ORGANIZATIONS,
      variables: {
        dryRun,
        rows: rows.map(({ input }) => ({
          row: input.row,
          name: input.name,
          inn: input.inn,
          ogrn: input.ogrn,
          address: input.address,
          activities: input.activities,
        })),
      },
      timeoutMs: IMPORT_TIMEOUT_MS,
      authorization: context.onBehalfOf
        ? `Bearer ${await context.onBehalfOf("organizations")}`
        : undefined,
    },
  );
  const first = body.errors?.[0];
  if (first) throw new GraphQLError(first.message, { extensions: first.extensions });
  if (!body.data)
    throw new GraphQLError(
      "Cannot import organisations: the organizations subgraph gave no answer.",
      {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "organizations" },
      },
    );
  return body.data.importOrganizations;
}
