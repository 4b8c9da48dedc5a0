import "reflect-metadata";
import { runSubgraph } from "../shared/subgraph";
import { programmesSubgraph } from "./server";

runSubgraph(programmesSubgraph);
