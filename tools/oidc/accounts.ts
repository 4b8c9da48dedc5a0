import { SEED_RESOURCE_CENTRES } from "../../subgraphs/shared/seed-owners";

/** A person who signs in at the development identity provider. */
export interface StaffAccount {
  /** The login, also the account's subject (`sub`). */
  login: string;
  name: string;
  /** The organisation id of the centre the person works for; absent for the coordinator. */
  centre?: string;
  groups: string[];
}

/**
 * The password of every development account. The provider runs on loopback only, for
 * development and the tests; production signs people in at a real provider (Keycloak).
 */
export const DEVELOPMENT_PASSWORD = "dev-password";

/** `org-rc-tyumen` -> `tyumen`. */
const shortName = (centre: string) => centre.replace(/^org-rc-/, "");

/**
 * One staff member for each resource centre of the seed data (`staff.tyumen`, `staff.kurgan`,
 * …) and the network's coordinator (`coordinator`, group `coordinator`).
 */
export const STAFF_ACCOUNTS: StaffAccount[] = [
  ...[...SEED_RESOURCE_CENTRES].map((centre) => ({
    login: `staff.${shortName(centre)}`,
    name: `Сотрудник ресурсного центра (${shortName(centre)})`,
    centre,
    groups: ["staff"],
  })),
  { login: "coordinator", name: "Координатор сети", groups: ["coordinator"] },
];

export function findStaff(login: string): StaffAccount | undefined {
  return STAFF_ACCOUNTS.find((account) => account.login === login);
}
