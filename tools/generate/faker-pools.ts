import { fakerRU } from "@faker-js/faker";
import type { NamePools } from "./random";

/**
 * Faker is an ES module only, which Jest's CommonJS runtime cannot load; it is kept to this file,
 * which only the command imports, and tests hand the generator small pools of their own.
 */
/** Fills the name pools from Faker (Russian locale) seeded with `seed`. */
export function namePools(seed: number, size = 400): NamePools {
  fakerRU.seed(seed);
  const draw = (make: () => string) => [...new Set(Array.from({ length: size }, make))];
  return {
    lastNames: draw(() => fakerRU.person.lastName("male")),
    firstNames: draw(() => fakerRU.person.firstName()),
    streets: draw(() => fakerRU.location.street()),
  };
}
