import { badUserInput } from "../../shared/errors";
import { FEDERAL_DISTRICT_SHAPE, REGION_CODE_SHAPE } from "../../shared/geography";

/** Rejects a string that cannot be an ISO 3166-2:RU code; a well-formed unknown code is fine. */
export function assertRegionCodeFormat(argumentName: string, code: string): void {
  if (!REGION_CODE_SHAPE.test(code)) {
    throw badUserInput(argumentName, code, "Expected an ISO 3166-2:RU code such as RU-TYU.");
  }
}

/** Rejects a string that cannot be a federal district code; a well-formed unknown code is fine. */
export function assertFederalDistrictFormat(argumentName: string, code: string): void {
  if (!FEDERAL_DISTRICT_SHAPE.test(code)) {
    throw badUserInput(argumentName, code, "Expected a federal district code such as URAL.");
  }
}
