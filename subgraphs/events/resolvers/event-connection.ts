import { createConnectionType } from "../../shared/pagination";
import { Event } from "../entities/event.entity";

export const EventConnection = createConnectionType(Event, "Event");
