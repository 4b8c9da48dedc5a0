import type { ScaffoldNames } from "./names";

/**
 * The new subgraph's data: its ownership constant, entity, inputs and their validation. Each
 * function returns one file's text (formatted afterwards with the repository's Prettier).
 */

export function ownershipFile(n: ScaffoldNames): string {
  return `import type { CentreOwnership } from "../shared/centre-owned";

/**
 * Who writes in the ${n.name} subgraph. It belongs to one resource centre, ${n.owner}: only that
 * centre creates and changes its records (owner-only writes, subgraphs/shared/centre-owned.ts).
 * Every other centre gets FORBIDDEN and nothing is written.
 */
export const OWNERSHIP: CentreOwnership = {
  owner: ${JSON.stringify(n.owner)},
  // The coordinator's rights here, chosen deliberately; change them only with the centre's word.
  coordinator: {
    // No: the records are the centre's own work, and the coordinator does not write in its name.
    create: false,
    edit: false,
    // Yes: as the network's moderator the coordinator may take a record out of every list (an
    // unlawful or harmful text); archiving keeps it, and the centre still sees it.
    archive: true,
    // No: the owner-only fields (a consultant's name, private notes) stay the centre's.
    readPrivate: false,
  },
};
`;
}

function parentColumn(n: ScaffoldNames): string {
  if (n.parent.type === "Region")
    return `  @Index()
  @Column("varchar", { length: 8 })
  @Field(() => ID, { description: "ISO 3166-2:RU code of the region it belongs to." })
  regionCode!: string;`;
  return `  @Index()
  @Column("varchar", { length: 64 })
  @Field(() => ID, { description: "The organisation it concerns (of the organizations subgraph)." })
  organizationId!: string;`;
}

export function entityFile(n: ScaffoldNames): string {
  return `import { Field, ID, ObjectType, UseMiddleware } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { ownerOnly } from "../../shared/centre-owned";
import { OwnedRecord } from "../../shared/owned-record";
import { DateScalar } from "../../shared/scalars";
import { OWNERSHIP } from "../ownership";

@Entity(${JSON.stringify(n.table)})
@ObjectType({ description: "A record of the ${n.name} subgraph, owned by ${n.owner}." })
export class ${n.entity} extends OwnedRecord {
  @PrimaryColumn("varchar", { length: 64 })
  @Field(() => ID)
  id!: string;

  @Column("varchar")
  @Field()
  title!: string;

  @Index()
  @Column("varchar", { length: 10 })
  @Field(() => DateScalar)
  date!: string;

${parentColumn(n)}

  @Column("text", { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Private notes (such as who gave it): only the owning centre reads them, anyone else reads null.",
  })
  @UseMiddleware(ownerOnly(OWNERSHIP.coordinator))
  notes!: string | null;
}
`;
}

export function filterFile(n: ScaffoldNames): string {
  const field =
    n.parent.type === "Region"
      ? `  @Field(() => ID, { nullable: true, description: "Only those of this region." })
  @RegionCode()
  regionCode?: string | null;`
      : `  @Field(() => ID, { nullable: true, description: "Only those of this organisation." })
  @Id()
  organizationId?: string | null;`;
  const constraint = n.parent.type === "Region" ? "RegionCode" : "Id";
  return `import { Field, ID, InputType } from "type-graphql";
import { ${constraint} } from "../../../shared/input-constraints";

@InputType({ description: "Filters for ${n.entity} lists; all given conditions must hold." })
export class ${n.entity}Filter {
${field}
}
`;
}

export function inputFile(n: ScaffoldNames): string {
  const parent =
    n.parent.type === "Region"
      ? `  @Field(() => ID, { description: "ISO 3166-2:RU code of its region." })
  @RegionCode()
  regionCode!: string;`
      : `  @Field(() => ID, { description: "The organisation it concerns; it must exist." })
  @Id()
  organizationId!: string;`;
  const constraint = n.parent.type === "Region" ? "RegionCode" : "Id";
  return `import { Field, ID, InputType } from "type-graphql";
import { ${constraint}, LIMITS, Text } from "../../../shared/input-constraints";
import { DateScalar } from "../../../shared/scalars";

@InputType({ description: "A new ${n.entity}; only ${n.owner} creates them." })
export class Create${n.entity}Input {
  @Field()
  @Text(LIMITS.name)
  title!: string;

  @Field(() => DateScalar)
  date!: string;

${parent}

  @Field(() => String, { nullable: true, description: "Read only by the owning centre." })
  @Text(LIMITS.description)
  notes?: string | null;
}

@InputType({ description: "Changes to a ${n.entity}: fields left out stay as they are." })
export class Update${n.entity}Input {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "null clears the notes." })
  @Text(LIMITS.description)
  notes?: string | null;
}
`;
}

export function changesFile(n: ScaffoldNames): string {
  const column = n.parent.column;
  return `import * as check from "../../shared/validation";
import type { ${n.entity} } from "../entities/${n.fileStem}.entity";
import type { Create${n.entity}Input, Update${n.entity}Input } from "./types/${n.fileStem}.input";

export type ${n.entity}Input = Create${n.entity}Input | Update${n.entity}Input;

/**
 * Validates an input and returns the column changes it makes (undefined for fields it leaves
 * alone). Single-field bounds were checked on the input type already.
 */
export function ${n.entityCamel}Changes(input: ${n.entity}Input): Partial<${n.entity}> {
  const created = "${column}" in input ? input : null;
  return {
    title: check.notCleared("input.title", check.optionalText("input.title", input.title)),
    date: check.notCleared("input.date", input.date),
    notes: check.optionalText("input.notes", input.notes),
    ${column}: created?.${column},
  };
}
`;
}
