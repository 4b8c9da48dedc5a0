import type { FigureRow, ValueQualifier } from "../../shared/figure";
import type { DatePrecision, EventKind } from "../entities/enums";

export interface EventSeed {
  /** Stable readable id, `event-...`. */
  id: string;
  title: string;
  kind: EventKind;
  /** ISO 8601 with the offset of `timezone`: `2022-06-02T10:00:00+03:00`; midnight where no time is given. */
  startsAt: string;
  endsAt?: string;
  timezone: string;
  datePrecision: DatePrecision;
  /** True where the year (or more) is not in the article and was taken from its context. */
  dateInferred: boolean;
  dateNote?: string;
  regionCode?: string;
  municipalityId?: string;
  venue?: string;
  participantCount?: number;
  participantCountQualifier?: ValueQualifier;
  parentId?: string;
  organizerIds: string[];
  /** Person ids (organizations subgraph). */
  speakerIds: string[];
  topics: string[];
  description?: string;
  figures: FigureRow[];
  sources: string[];
}
