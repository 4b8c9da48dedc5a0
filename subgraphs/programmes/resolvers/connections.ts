import { createConnectionType } from "../../shared/pagination";
import { Award } from "../entities/award.entity";
import { SupportProgramme } from "../entities/support-programme.entity";

export const SupportProgrammeConnection = createConnectionType(
  SupportProgramme,
  "SupportProgramme",
);
export const AwardConnection = createConnectionType(Award, "Award");
