import { createConnectionType } from "../../shared/pagination";
import { VolunteerGroup } from "../entities/volunteer-group.entity";

export const VolunteerGroupConnection = createConnectionType(VolunteerGroup, "VolunteerGroup");
