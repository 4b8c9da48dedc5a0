import { badUserInput } from "../../shared/errors";

const REGION_CODE = /^RU-[A-Z]{2,3}$/;

/** Rejects a string that cannot be an ISO 3166-2:RU code; a well-formed unknown code is fine. */
export function assertRegionCodeFormat(argumentName: string, code: string): void {
  if (!REGION_CODE.test(code)) {
    throw badUserInput(argumentName, code, "Expected an ISO 3166-2:RU code such as RU-TYU.");
  }
}
