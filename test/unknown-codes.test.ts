import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

/**
 * One answer for a region or district code, through the gateway (docs/api-errors.md): a
 * well-formed code that names nothing gets nothing (null for a lookup, an empty list for a list
 * or a filter), a malformed one gets BAD_USER_INPUT naming the argument, wherever it is given.
 */
describe("unknown and malformed region and district codes", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const ask = (query: string) => graphql(stack.gateway.url, query);

  it("answers a lookup of a well-formed unknown code with null", async () => {
    const answer = await ask(`{
      region(code: "RU-ZZZ") { code }
      federalDistrict(code: "ATLANTIS") { code }
      regions(federalDistrict: "ATLANTIS") { code }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ region: null, federalDistrict: null, regions: [] });
  });

  it.each([
    ["region(code:)", `{ region(code: "Tyumen") { code } }`, "code"],
    ["federalDistrict(code:)", `{ federalDistrict(code: "ural; drop") { code } }`, "code"],
    [
      "regions(federalDistrict:)",
      `{ regions(federalDistrict: "Atlantis") { code } }`,
      "federalDistrict",
    ],
  ])("refuses a malformed code in %s with BAD_USER_INPUT", async (_name, query, argument) => {
    const answer = await ask(query);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions!.argumentName).toBe(argument);
  });

  const lists = ["organizations", "events", "programmes"];

  it.each(lists)(
    "gives %s an empty list for a filter naming no region or district",
    async (list) => {
      const answer = await ask(`{
      byCode: ${list}(filter: { regionCodes: ["RU-ZZZ"] }) { totalCount edges { cursor } }
      byDistrict: ${list}(filter: { federalDistrict: "ATLANTIS" }) { totalCount edges { cursor } }
    }`);
      expect(answer.errors).toBeUndefined();
      const empty = { totalCount: 0, edges: [] };
      expect(answer.data).toEqual({ byCode: empty, byDistrict: empty });
    },
  );

  it.each(lists)(
    "lets an unknown code in %s's filter match nothing beside known ones",
    async (list) => {
      const answer = await ask(`{
      known: ${list}(filter: { regionCodes: ["RU-TYU"] }) { totalCount }
      withUnknown: ${list}(filter: { regionCodes: ["RU-TYU", "RU-ZZZ"] }) { totalCount }
    }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.known.totalCount).toBeGreaterThan(0);
      expect(answer.data!.withUnknown.totalCount).toBe(answer.data!.known.totalCount);
    },
  );

  it.each(lists)("refuses a malformed code in %s's filter with BAD_USER_INPUT", async (list) => {
    const answer = await ask(`{
      a: ${list}(filter: { regionCodes: ["Tyumen"] }) { totalCount }
      b: ${list}(filter: { federalDistrict: "ural" }) { totalCount }
    }`);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT"]);
    expect(answer.errors!.map((error) => error.extensions!.argumentName).sort()).toEqual([
      "filter.federalDistrict",
      "filter.regionCodes",
    ]);
  });
});
