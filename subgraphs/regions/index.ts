import "reflect-metadata";
import { runSubgraph } from "../shared/subgraph";
import { regionsSubgraph } from "./server";

runSubgraph(regionsSubgraph);
