import "reflect-metadata";
import { runSubgraph } from "../shared/subgraph";
import { volunteersSubgraph } from "./server";

runSubgraph(volunteersSubgraph);
