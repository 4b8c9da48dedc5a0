import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { authorizeWrite } from "../../shared/auth/writer";
import {
  assertBatchSize,
  importTransaction,
  type ImportOutcome,
  type ImportRejection,
  type ImportWarning,
} from "../../shared/import-report";
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

/** What one call did: its outcomes, rejections, notes on taken rows, and new programmes. */
interface CallResult {
  outcomes: ImportOutcome[];
  rejections: ImportRejection[];
  warnings: ImportWarning[];
  programmeKeysCreated: string[];
}

function report(dryRun: boolean, received: number, result: CallResult) {
  const { outcomes, rejections, warnings, programmeKeysCreated } = result;
  const count = (outcome: ImportOutcome) => outcomes.filter((value) => value === outcome).length;
  // A note on a row that was refused after all (its programme archived) is not reported.
  const refused = new Set(rejections.map(({ row }) => row));
  return Object.assign(new RegisterImportReport(), {
    dryRun,
    received,
    created: count("CREATED"),
    updated: count("UPDATED"),
    unchanged: count("UNCHANGED"),
    rejected: rejections.length,
    programmesCreated: programmeKeysCreated.length,
    programmeKeysCreated,
    rejections: rejections.sort((a, b) => a.row - b.row),
    warnings: warnings.filter(({ row }) => !refused.has(row)).sort((a, b) => a.row - b.row),
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
    if (checked.length === 0)
      return report(dryRun, rows.length, {
        outcomes: [],
        rejections,
        warnings: [],
        programmeKeysCreated: [],
      });
    const organizations = await importRegisterOrganizations(context, checked, dryRun);
    rejections.push(...organizations.rejections);
    const matched = matchRows(checked, organizations.organizations);
    // The organizations subgraph has applied the rule of honest links to every matched row.
    const awards = await importTransaction(context.dataSource, dryRun, (manager) =>
      importAwardRows(manager, matched, principal, organizations.regionCode),
    );
    rejections.push(...awards.rejections);
    return report(dryRun, rows.length, {
      outcomes: awards.outcomes,
      rejections,
      warnings: organizations.warnings,
      programmeKeysCreated: awards.programmesCreated,
    });
  }
}
