import { createConnectionType } from "../../shared/pagination";
import { Organization } from "../entities/organization.entity";

export const OrganizationConnection = createConnectionType(Organization, "Organization");
