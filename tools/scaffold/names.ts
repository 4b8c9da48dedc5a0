/** Where the new subgraph's list hangs: a field on Organization or on Region. */
export type ParentType = "Organization" | "Region";

/** Every name the templates use, derived once from the subgraph's name and options. */
export interface ScaffoldNames {
  /** The subgraph's name and folder: `consultations`, `legal-aid`. */
  name: string;
  /** The owning centre's id: `org-rc-kurgan`. */
  owner: string;
  /** Its default port. */
  port: number;
  /** The entity's class and GraphQL type: `Consultation`. */
  entity: string;
  /** The entity in camelCase, the list alias: `consultation`. */
  entityCamel: string;
  /** Its table: `consultation`. */
  table: string;
  /** The subgraph in PascalCase, for its context and loaders: `Consultations`. */
  pascal: string;
  /** The subgraph in camelCase: the root query and the parent's field (`consultations`). */
  camel: string;
  /** The list's parent: its type, key field and the entity's column holding the key. */
  parent: { type: ParentType; key: "id" | "code"; column: "organizationId" | "regionCode" };
  /** The file stem of the entity's files: `consultation`. */
  fileStem: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** A centre's id as the organizations subgraph issues them: `org-` and a slug, in 64 characters. */
const CENTRE_ID = /^org-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Names a subgraph may not take: folders and words the platform uses itself. */
const RESERVED = new Set(["shared", "gateway", "identity", "coordinator", "supergraph"]);

function words(name: string): string[] {
  return name.split("-");
}

function pascalOf(name: string): string {
  return words(name)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}

/** English singular of the last word, for the usual plurals (consultations, activities, boxes). */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(ss|x|ch|sh)es$/.test(word)) return word.replace(/es$/, "");
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Checks the subgraph's name: lower-case letters, digits and single hyphens, not reserved. */
export function checkSubgraphName(name: string | undefined): string {
  if (!name || !NAME.test(name) || name.length > 40)
    throw new Error(
      `the subgraph's name must be lower-case letters and digits, words joined by single hyphens, at most 40 characters (such as consultations or legal-aid), got ${JSON.stringify(name ?? "")}`,
    );
  if (RESERVED.has(name)) throw new Error(`"${name}" is a name the platform uses itself`);
  return name;
}

/** Checks a centre's id: the form the organizations subgraph gives (`org-rc-kurgan`). */
export function checkCentreId(owner: string | undefined): string {
  if (!owner || !CENTRE_ID.test(owner) || owner.length > 64)
    throw new Error(
      `--owner must be the id of the owning resource centre, as the organizations subgraph gives it (such as org-rc-kurgan), got ${JSON.stringify(owner ?? "")}`,
    );
  return owner;
}

/** Checks --entity: a PascalCase GraphQL type name. */
function checkEntity(entity: string): string {
  if (!/^[A-Z][A-Za-z0-9]{1,39}$/.test(entity))
    throw new Error(
      `--entity must be a PascalCase type name such as Consultation, got "${entity}"`,
    );
  return entity;
}

/** The names of a subgraph; `entity` overrides the singular derived from the name. */
export function scaffoldNames(options: {
  name: string;
  owner: string;
  port: number;
  on: ParentType;
  entity?: string;
}): ScaffoldNames {
  const name = checkSubgraphName(options.name);
  const parts = words(name);
  const derived = pascalOf([...parts.slice(0, -1), singular(parts[parts.length - 1])].join("-"));
  const entity = checkEntity(options.entity ?? derived);
  const pascal = pascalOf(name);
  const entityCamel = entity[0].toLowerCase() + entity.slice(1);
  const table = entity.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return {
    name,
    owner: checkCentreId(options.owner),
    port: options.port,
    entity,
    entityCamel,
    table,
    pascal,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    parent:
      options.on === "Region"
        ? { type: "Region", key: "code", column: "regionCode" }
        : { type: "Organization", key: "id", column: "organizationId" },
    fileStem: table.replace(/_/g, "-"),
  };
}
