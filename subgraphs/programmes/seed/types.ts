import type { FigureRow, ValueQualifier } from "../../shared/figure";
import type {
  ProgrammeKind,
  ProgrammeStatus,
  SocialContractDirection,
  SupportType,
} from "../entities/enums";

export interface MoneySeed {
  /** Exact decimal string, `"4000000000"`. */
  amount: string;
  currency: "RUB";
  qualifier: ValueQualifier;
}

export interface ProgrammeSeed {
  /** Stable readable id, `programme-...`. */
  id: string;
  title: string;
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  supportTypes: SupportType[];
  operatorId?: string;
  partnerIds: string[];
  regionCodes: string[];
  /** `YYYY-MM-DD`. */
  startsOn?: string;
  endsOn?: string;
  /** Where the period is not stated exactly: how it was read. */
  periodNote?: string;
  budget?: MoneySeed;
  outcomes: FigureRow[];
  socialContractDirections?: SocialContractDirection[];
  focusAreas: string[];
  description?: string;
  sources: string[];
}

export interface AwardSeed {
  id: string;
  programmeId: string;
  recipientId: string;
  amount?: MoneySeed;
  awardedOn?: string;
  purpose: string;
  sources: string[];
}
