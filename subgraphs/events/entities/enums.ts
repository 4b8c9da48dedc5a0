import { registerEnumType } from "type-graphql";

export enum EventKind {
  FORUM = "FORUM",
  CONFERENCE = "CONFERENCE",
  BUSINESS_SESSION = "BUSINESS_SESSION",
  CASE_SESSION = "CASE_SESSION",
  SEMINAR = "SEMINAR",
  LAB = "LAB",
  GOVERNMENT_MEETING = "GOVERNMENT_MEETING",
  ROUND_TABLE = "ROUND_TABLE",
  PRESENTATION = "PRESENTATION",
  OTHER = "OTHER",
}
registerEnumType(EventKind, { name: "EventKind" });

/** How much of an event's date its source states. */
export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description:
    "How much of `startsAt` the source states: the day, only the month, or only the year.",
});

/** The order of a list of events. */
export enum EventOrder {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}

registerEnumType(EventOrder, {
  name: "EventOrder",
  description:
    "The order of a list of events by `startsAt`: oldest first (the default) or newest first. A search ranks its results by relevance whatever the order.",
});
