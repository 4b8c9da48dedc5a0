import { distinct, groupByKeys, orderByKeys } from "../subgraphs/shared/batch";
import { normalizeDecimal, sumDecimals } from "../subgraphs/shared/decimal";
import { decodeCursor, encodeCursor, readPageArgs } from "../subgraphs/shared/pagination";
import { isIsoDate, isIsoDateTime } from "../subgraphs/shared/scalars";
import { newId } from "../subgraphs/shared/writes";

describe("batch helpers", () => {
  it("returns one result per key, in key order, null for a missing key", () => {
    const rows = [{ id: "b" }, { id: "a" }];
    expect(orderByKeys(["a", "x", "b"], rows, (r) => r.id)).toEqual([
      { id: "a" },
      null,
      { id: "b" },
    ]);
  });

  it("groups rows per key, an empty list for a missing key", () => {
    const rows = [
      { k: "a", v: 1 },
      { k: "a", v: 2 },
      { k: "b", v: 3 },
    ];
    expect(groupByKeys(["b", "c", "a"], rows, (r) => r.k).map((g) => g.map((r) => r.v))).toEqual([
      [3],
      [],
      [1, 2],
    ]);
    expect(distinct(["a", "a", "b"])).toEqual(["a", "b"]);
  });
});

describe("exact decimals", () => {
  it("sums billions of roubles with kopecks exactly", () => {
    expect(sumDecimals(["4000000000", "60000000.01", "0.99"])).toBe("4060000001");
    expect(sumDecimals(["9007199254740993.10", "0.01"])).toBe("9007199254740993.11");
    expect(sumDecimals([])).toBe("0");
    expect(normalizeDecimal("0004000.500")).toBe("4000.5");
  });
});

describe("cursors and page arguments", () => {
  it("round-trips a cursor", () => {
    expect(
      decodeCursor(encodeCursor({ list: "event.title", value: "Форум", id: "event-1" })),
    ).toEqual({
      list: "event.title",
      value: "Форум",
      id: "event-1",
    });
  });

  it("defaults to 20 and refuses sizes outside 0..100", () => {
    expect(readPageArgs({}).limit).toBe(20);
    expect(readPageArgs({ first: 0 }).limit).toBe(0);
    expect(() => readPageArgs({ first: 101 })).toThrow(/"first"/);
    expect(() => readPageArgs({ after: "garbage" })).toThrow(/"after"/);
  });
});

describe("date scalars", () => {
  it("accepts real days and instants with an offset only", () => {
    expect(isIsoDate("2022-06-02")).toBe(true);
    expect(isIsoDate("2022-02-30")).toBe(false);
    expect(isIsoDateTime("2022-06-02T10:00:00+03:00")).toBe(true);
    expect(isIsoDateTime("2022-06-02T10:00:00")).toBe(false);
  });
});

describe("newId", () => {
  it("gives readable ids within the 64-character id limit, with a 64-bit random tail", () => {
    const id = newId("programme", "Социальный контракт: Nizhny Novgorod region's programme");
    expect(id).toMatch(/^programme-nizhny-novgorod-region-s-progr-[0-9a-f]{16}$/);
    expect(newId("award", "").length).toBeLessThanOrEqual(64);
    expect("programme-".length + 30 + 1 + 16).toBeLessThanOrEqual(64);
  });

  it("never repeats over 200,000 ids, as one large register import creates", () => {
    const ids = new Set(Array.from({ length: 200_000 }, () => newId("award", "")));
    expect(ids.size).toBe(200_000);
  });
});
