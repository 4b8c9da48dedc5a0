import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Principal } from "../../shared/auth/principal";
import { authorizeWrite } from "../../shared/auth/writer";
import { codedError } from "../../shared/errors";
import {
  assertBatchSize,
  importTransaction,
  rejectionOf,
  type ImportOutcome,
  type ImportRejection,
} from "../../shared/import-report";
import { mayName } from "../../shared/linked-organizations";
import type { ProgrammesContext } from "../context";
import { importAwardRows, type MatchedRegisterRow } from "./register-import-changes";
import { importRegisterOrganizations } from "./register-organizations";
import { checkRegisterRows, type CheckedRegisterRow } from "./register-rows";
import { RegisterImportReport, RegisterRowInput } from "./types/register-row.input";

/** The checked rows joined to the organisations the organizations subgraph matched them to. */
function matchRows(
  checked: CheckedRegisterRow[],
  organizations: { row: number; organizationId: string; outcome: string }[],
): MatchedRegisterRow[] {
  const byRow = new Map(organizations.map((organization) => [organization.row, organization]));
  return checked.flatMap((row) => {
    const match = byRow.get(row.input.row);
    if (!match) return [];
    return [
      {
        ...row,
        recipientId: match.organizationId,
        organizationOutcome: match.outcome as ImportOutcome,
      },
    ];
  });
}

/**
 * The rule of honest links, checked here as createAward checks it, for the organisations that
 * existed before the batch (the ones it creates belong to the caller): one request to the
 * organizations subgraph for the batch. A row naming one the caller may not name is refused.
 */
async function allowedRecipients(
  context: ProgrammesContext,
  principal: Principal,
  rows: MatchedRegisterRow[],
  rejections: ImportRejection[],
): Promise<MatchedRegisterRow[]> {
  // An organisation the batch creates may be named by several of its rows.
  const created = new Set(
    rows.filter((row) => row.organizationOutcome === "CREATED").map((row) => row.recipientId),
  );
  const earlier = rows.map((row) => row.recipientId).filter((id) => !created.has(id));
  const live = await context.references.liveOrganizations(earlier);
  return rows.filter((row) => {
    if (created.has(row.recipientId)) return true;
    const facts = live.get(row.recipientId);
    if (facts && mayName(principal, facts)) return true;
    const error = codedError(
      "FORBIDDEN",
      `Invalid value for "inn": ${JSON.stringify(row.input.inn)}. ${principal.organizationId} may name only organisations it owns or that have consented (grantConsent).`,
    );
    rejections.push(rejectionOf(row.input.row, "inn", row.input.inn, error));
    return false;
  });
}

function report(
  dryRun: boolean,
  received: number,
  outcomes: ImportOutcome[],
  rejections: ImportRejection[],
  programmesCreated: number,
) {
  const count = (outcome: ImportOutcome) => outcomes.filter((value) => value === outcome).length;
  return Object.assign(new RegisterImportReport(), {
    dryRun,
    received,
    created: count("CREATED"),
    updated: count("UPDATED"),
    unchanged: count("UNCHANGED"),
    rejected: rejections.length,
    programmesCreated,
    rejections: rejections.sort((a, b) => a.row - b.row),
  });
}

@Resolver()
export class RegisterImportResolver {
  @Mutation(() => RegisterImportReport, {
    description:
      "Imports rows of a register of supported NGOs for the calling centre: organisations (matched by INN or OGRN, created when missing), one support programme per support body and form of support, and one award per register entry; a rerun changes nothing. Each subgraph's part is one transaction; a dry run checks everything and writes nothing. At most 1000 rows per call.",
  })
  async importRegister(
    @Arg("rows", () => [RegisterRowInput]) rows: RegisterRowInput[],
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() context: ProgrammesContext,
  ): Promise<RegisterImportReport> {
    const principal = await authorizeWrite(context);
    assertBatchSize(rows);
    const { checked, rejections } = await checkRegisterRows(rows);
    if (checked.length === 0) return report(dryRun, rows.length, [], rejections, 0);
    const organizations = await importRegisterOrganizations(context, checked, dryRun);
    rejections.push(...organizations.rejections);
    const matched = matchRows(checked, organizations.organizations);
    const allowed = await allowedRecipients(context, principal, matched, rejections);
    const awards = await importTransaction(context.dataSource, dryRun, (manager) =>
      importAwardRows(manager, allowed, principal, organizations.regionCode),
    );
    rejections.push(...awards.rejections);
    return report(dryRun, rows.length, awards.outcomes, rejections, awards.programmesCreated);
  }
}
