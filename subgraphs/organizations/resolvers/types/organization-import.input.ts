import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ImportRejection, ImportWarning } from "../../../shared/import-report";

/**
 * One organisation as a register row describes it. Plain strings, checked row by row inside the
 * import (with the constraints of CreateOrganizationInput), so one bad row is reported and the
 * others are imported.
 */
@InputType({ description: "An organisation as one row of a register of supported NGOs gives it." })
export class OrganizationImportRow {
  @Field(() => Int, { description: "The row's number (its line in the file), echoed in errors." })
  row!: number;

  @Field(() => String, { nullable: true, description: "Full name (Полное наименование)." })
  name?: string | null;

  @Field(() => String, { nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (Почтовый адрес)." })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Виды деятельности: activities of 7-FZ art. 31.1 п. 1 in words and/or OKVED 2 codes, several to a cell; one neither list knows is kept as free text with a warning.",
  })
  activities?: string | null;
}

export enum ImportOutcomeKind {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(ImportOutcomeKind, { name: "ImportOutcome" });

@ObjectType({ description: "The organisation one register row was matched to or created as." })
export class ImportedOrganization {
  @Field(() => Int)
  row!: number;

  @Field(() => ID, { description: "Its id (a provisional one in a dry run, for a new record)." })
  organizationId!: string;

  @Field(() => ImportOutcomeKind)
  outcome!: ImportOutcomeKind;
}

@ObjectType({ description: "What importOrganizations did, row by row." })
export class OrganizationImportResult {
  @Field(() => [ImportedOrganization])
  organizations!: ImportedOrganization[];

  @Field(() => [ImportRejection])
  rejections!: ImportRejection[];

  @Field(() => [ImportWarning], {
    description: "Notes on rows that were taken: activities kept as free text.",
  })
  warnings!: ImportWarning[];

  @Field(() => ID, {
    nullable: true,
    description: "The importing centre's region, which new organisations are placed in.",
  })
  regionCode!: string | null;
}
