import type { AwardSeed, ProgrammeSeed } from "./types";
import { yugraProgrammes } from "./articles/000-yugra.data";
import { krasnogorskProgrammes } from "./articles/001-krasnogorsk.data";
import { murmanskProgrammes } from "./articles/002-murmansk.data";
import { nizhnyNovgorodProgrammes } from "./articles/003-nizhny-novgorod.data";
import { uralNetworkProgrammes } from "./articles/004-ural-network.data";

/** The programmes the five source articles name, article by article. */
export const programmes: ProgrammeSeed[] = [
  ...yugraProgrammes,
  ...krasnogorskProgrammes,
  ...murmanskProgrammes,
  ...nizhnyNovgorodProgrammes,
  ...uralNetworkProgrammes,
];

// No article names a recipient of a programme's support, so there are no awards.
export const awards: AwardSeed[] = [];
