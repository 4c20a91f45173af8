import { describe, expect, it } from "vitest";
import { isoDate, normaliseDate, parseIsoDate } from "../../src/extract/calendar";

describe("calendar", () => {
  it("builds ISO dates of real days only", () => {
    expect(isoDate(2020, 2, 29)).toBe("2020-02-29");
    expect(isoDate(2021, 2, 29)).toBeUndefined();
    expect(isoDate(2020, 13, 1)).toBeUndefined();
    expect(isoDate(99, 1, 1)).toBeUndefined();
  });

  it("parses strict ISO dates", () => {
    expect(parseIsoDate(" 2020-01-21 ")).toBe("2020-01-21");
    expect(parseIsoDate("2020-1-21")).toBeUndefined();
    expect(parseIsoDate("2020-01-21T10:00")).toBeUndefined();
  });

  it("normalises the forms sites put in date meta tags", () => {
    expect(normaliseDate("2020-02-01T09:30:00+08:00")).toBe("2020-02-01");
    expect(normaliseDate("2020/2/1 09:30")).toBe("2020-02-01");
    expect(normaliseDate("2020.02.01")).toBe("2020-02-01");
    expect(normaliseDate("2020年2月1日 09:30")).toBe("2020-02-01");
    expect(normaliseDate("20200201")).toBe("2020-02-01");
    expect(normaliseDate("Feb 1, 2020")).toBeUndefined();
    expect(normaliseDate("2020-02-011")).toBeUndefined();
    expect(normaliseDate(undefined)).toBeUndefined();
  });
});
