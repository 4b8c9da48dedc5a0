import "reflect-metadata";
import { runSubgraph } from "../shared/subgraph";
import { eventsSubgraph } from "./server";

runSubgraph(eventsSubgraph);
