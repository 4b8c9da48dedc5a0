import type { ScaffoldNames } from "./names";

/** The new subgraph's resolvers: its root list, its writes and the field on the parent type. */

export function queriesFile(n: ScaffoldNames): string {
  const column = n.parent.column;
  return `import { defineList } from "../shared/list";
import { ${n.entity} } from "./entities/${n.fileStem}.entity";
import type { ${n.entity}Filter } from "./resolvers/types/${n.fileStem}-filter.input";

/** ${n.entity} records by date, then id: the root \`${n.camel}\` list. */
export const ${n.table.toUpperCase()}_LIST = defineList<${n.entity}, ${n.entity}Filter, never>({
  entity: ${n.entity},
  alias: ${JSON.stringify(n.entityCamel)},
  sort: { property: "date", type: "string" },
  where: (qb, filter) => {
    if (filter.${column})
      qb.andWhere("${n.entityCamel}.${column} = :${column}", { ${column}: filter.${column} });
  },
  parents: {},
});
`;
}

export function connectionFile(n: ScaffoldNames): string {
  return `import { createConnectionType } from "../../shared/pagination";
import { ${n.entity} } from "../entities/${n.fileStem}.entity";

export const ${n.entity}Connection = createConnectionType(${n.entity}, ${JSON.stringify(n.entity)});
`;
}

export function listResolverFile(n: ScaffoldNames): string {
  const list = `${n.table.toUpperCase()}_LIST`;
  return `import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { ${n.pascal}Context } from "../context";
import { ${n.entity} } from "../entities/${n.fileStem}.entity";
import { ${list} } from "../queries";
import { ${n.entity}Connection } from "./${n.fileStem}-connection";
import { ${n.entity}Filter } from "./types/${n.fileStem}-filter.input";

@Resolver(() => ${n.entity})
export class ${n.entity}Resolver {
  @Query(() => ${n.entity}Connection, {
    nullable: true,
    description: "Live ${n.entity} records by date, filtered and paged.",
  })
  ${n.camel}(
    @Arg("filter", () => ${n.entity}Filter, { nullable: true }) filter: ${n.entity}Filter | null,
    @Args() page: PageArgs,
    @Ctx() { dataSource }: ${n.pascal}Context,
  ): Promise<ConnectionShape<${n.entity}>> {
    return ${list}.page(dataSource, filter, ${list}.readPage(page));
  }
}
`;
}

export function mutationsFile(n: ScaffoldNames): string {
  const remote =
    n.parent.type === "Organization"
      ? `    // The organisation lives in the organizations subgraph: checked before the transaction.
    remote: (principal) =>
      assertOrganizationLinks(context, principal, [
        {
          field: "input.organizationId",
          ids: ["organizationId" in input ? input.organizationId : undefined],
        },
      ]),
`
      : "";
  const linksImport =
    n.parent.type === "Organization"
      ? `import { assertOrganizationLinks } from "../../shared/linked-organizations";\n`
      : "";
  return `import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { assertOwningCentre } from "../../shared/centre-owned";
${linksImport}import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { ${n.pascal}Context } from "../context";
import { ${n.entity} } from "../entities/${n.fileStem}.entity";
import { OWNERSHIP } from "../ownership";
import { ${n.entityCamel}Changes, type ${n.entity}Input } from "./${n.fileStem}-changes";
import { Create${n.entity}Input, Update${n.entity}Input } from "./types/${n.fileStem}.input";

function plan(context: ${n.pascal}Context, input: ${n.entity}Input): WritePlan<${n.entity}> {
  return {
${remote}    changes: async () => ${n.entityCamel}Changes(input),
  };
}

/**
 * The writes of the ${n.name} subgraph. Owner-only: each first asks assertOwningCentre
 * (ownership.ts says who may do what), then runs as every write of the platform does.
 */
@Resolver(() => ${n.entity})
export class ${n.entity}MutationsResolver {
  @Mutation(() => ${n.entity}, { description: "Records a ${n.entity}; only ${n.owner} may." })
  create${n.entity}(
    @Arg("input", () => Create${n.entity}Input) input: Create${n.entity}Input,
    @Ctx() context: ${n.pascal}Context,
  ): Promise<${n.entity}> {
    assertOwningCentre(context.principal, OWNERSHIP, "create", ${JSON.stringify(n.entity)});
    return createOwned(context, ${n.entity}, newId(${JSON.stringify(n.name)}, ""), {}, plan(context, input));
  }

  @Mutation(() => ${n.entity}, { description: "Changes a ${n.entity}; only ${n.owner} may." })
  update${n.entity}(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => Update${n.entity}Input) input: Update${n.entity}Input,
    @Ctx() context: ${n.pascal}Context,
  ): Promise<${n.entity}> {
    assertOwningCentre(context.principal, OWNERSHIP, "edit", ${JSON.stringify(n.entity)});
    return updateOwned(context, ${n.entity}, id, ${JSON.stringify(n.entity)}, plan(context, input));
  }

  @Mutation(() => ${n.entity}, { description: "Archives a ${n.entity}: it leaves lists but is kept." })
  archive${n.entity}(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ${n.pascal}Context,
  ): Promise<${n.entity}> {
    assertOwningCentre(context.principal, OWNERSHIP, "archive", ${JSON.stringify(n.entity)});
    return archive(context, ${n.entity}, id, ${JSON.stringify(n.entity)});
  }
}
`;
}

export function parentResolverFile(n: ScaffoldNames): string {
  const { type, key } = n.parent;
  const file = type === "Region" ? "region" : "organization";
  return `import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ${n.pascal}Context } from "../context";
import { ${n.entity} } from "../entities/${n.fileStem}.entity";
import { ${type} } from "../external/${file}";

/** The field this subgraph adds to ${type}: one batched query for every ${type} of a response. */
@Resolver(() => ${type})
export class ${type}${n.pascal}Resolver {
  @FieldResolver(() => [${n.entity}], {
    nullable: true,
    description: "Live ${n.entity} records of the ${file}, by date (the ${n.name} subgraph).",
  })
  ${n.camel}(@Root() parent: ${type}, @Ctx() { loaders }: ${n.pascal}Context): Promise<${n.entity}[]> {
    return loaders.by${type}.load(parent.${key});
  }
}
`;
}
