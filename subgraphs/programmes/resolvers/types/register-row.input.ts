import { Field, InputType, Int, ObjectType } from "type-graphql";
import { ImportRejection, ImportWarning } from "../../../shared/import-report";

/**
 * One row of a register of supported socially oriented NGOs, as the register prints it: every
 * value is the cell's text (dates as 01.03.2024 or 2024-03-01, amounts as «1 234 567,89»). The
 * import reads and checks each value itself, so a bad cell rejects its row, not the batch.
 */
@InputType({ description: "One row of a register of supported NGOs, its cells as printed." })
export class RegisterRowInput {
  @Field(() => Int, { description: "The row's number (its line in the file), echoed in errors." })
  row!: number;

  @Field(() => String, { nullable: true, description: "Номер реестровой записи." })
  entryNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Дата включения сведений в реестр." })
  entryDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Дата принятия решения об оказании поддержки (the award's date).",
  })
  decisionDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Наименование органа, предоставившего поддержку.",
  })
  supportBody?: string | null;

  @Field(() => String, { nullable: true, description: "Полное наименование НКО." })
  name?: string | null;

  @Field(() => String, { nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true, description: "Почтовый адрес (местонахождение)." })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Виды деятельности: activities of 7-FZ art. 31.1 п. 1 in words (several to a cell) and/or OKVED 2 codes.",
  })
  activities?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Форма поддержки: финансовая, имущественная, информационная, консультационная, образовательная.",
  })
  supportForm?: string | null;

  @Field(() => String, { nullable: true, description: "Размер поддержки (руб.)." })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: "Срок оказания поддержки." })
  period?: string | null;
}

@ObjectType({ description: "What an import of register rows did, or would do in a dry run." })
export class RegisterImportReport {
  @Field({ description: "True when nothing was written." })
  dryRun!: boolean;

  @Field(() => Int)
  received!: number;

  @Field(() => Int, { description: "Rows that created an award or an organisation." })
  created!: number;

  @Field(() => Int, { description: "Rows that changed an award or filled an organisation in." })
  updated!: number;

  @Field(() => Int, { description: "Rows already imported as they are." })
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, {
    description: "Support programmes created for new bodies and forms of support.",
  })
  programmesCreated!: number;

  @Field(() => [String], {
    description:
      "The keys (`<form>|<support body>`) of the programmes created (in a dry run: that would be). A dry run writes nothing, so each batch of a register sent in batches creates the same programmes again: count the distinct keys.",
  })
  programmeKeysCreated!: string[];

  @Field(() => [ImportRejection], { description: "One line per rejected row." })
  rejections!: ImportRejection[];

  @Field(() => [ImportWarning], {
    description: "Notes on rows that were imported: activities kept as free text.",
  })
  warnings!: ImportWarning[];
}
