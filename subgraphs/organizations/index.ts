import "reflect-metadata";
import { runSubgraph } from "../shared/subgraph";
import { organizationsSubgraph } from "./server";

runSubgraph(organizationsSubgraph);
