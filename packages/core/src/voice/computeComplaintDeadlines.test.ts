import { describe, expect, it } from "vitest";
import { computeComplaintDeadlines } from "./computeComplaintDeadlines.ts";

// Bank holidays (April 2026 to January 2027) from GOV.UK's bank-holidays.json (OGL v3.0).
const ENGLAND = [
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-12-25",
  "2026-12-28",
  "2027-01-01",
];
const SCOTLAND = [
  "2026-04-03",
  "2026-05-04",
  "2026-12-25",
  "2026-12-28",
  "2027-01-01",
  "2027-01-04",
];

describe("computeComplaintDeadlines", () => {
  it("gives 3 working days to acknowledge across Easter (regulation 13(2))", () => {
    // Thursday 2 April 2026; Good Friday and Easter Monday do not count: Tue 7, Wed 8, Thu 9.
    const received = { receivedOn: "2026-04-02" };
    expect(computeComplaintDeadlines(received, "2026-04-02", { holidays: ENGLAND })).toEqual({
      acknowledgeBy: "2026-04-09",
      acknowledgement: "due",
    });
    // Scotland has no Easter Monday holiday: Mon 6, Tue 7, Wed 8.
    expect(
      computeComplaintDeadlines(received, "2026-04-02", { holidays: SCOTLAND }).acknowledgeBy,
    ).toBe("2026-04-08");
    // Without holidays only the weekend is skipped: Fri 3, Mon 6, Tue 7.
    expect(computeComplaintDeadlines(received, "2026-04-02").acknowledgeBy).toBe("2026-04-07");
  });

  it("crosses Christmas and the new year, where England and Scotland differ", () => {
    const received = { receivedOn: "2026-12-30" };
    // England: Thu 31 Dec, (Fri 1 Jan holiday), Mon 4, Tue 5 January 2027.
    expect(
      computeComplaintDeadlines(received, "2026-12-30", { holidays: ENGLAND }).acknowledgeBy,
    ).toBe("2027-01-05");
    // Scotland also closes on Monday 4 January (substitute for 2 January): Thu 31, Tue 5, Wed 6.
    expect(
      computeComplaintDeadlines(received, "2026-12-30", { holidays: SCOTLAND }).acknowledgeBy,
    ).toBe("2027-01-06");
  });

  it("judges met, missed and overdue, and counts the working days taken", () => {
    const options = { holidays: ENGLAND };
    const met = { receivedOn: "2026-04-02", acknowledgedOn: "2026-04-09" };
    expect(computeComplaintDeadlines(met, "2026-05-01", options)).toMatchObject({
      acknowledgement: "met",
      workingDaysToAcknowledge: 3,
    });
    const missed = { receivedOn: "2026-04-02", acknowledgedOn: "2026-04-10" };
    expect(computeComplaintDeadlines(missed, "2026-05-01", options)).toMatchObject({
      acknowledgement: "missed",
      workingDaysToAcknowledge: 4,
    });
    expect(
      computeComplaintDeadlines({ receivedOn: "2026-04-02" }, "2026-04-10", options)
        .acknowledgement,
    ).toBe("overdue");
  });

  it("takes the acknowledgement period and a local response standard from options, and an agreed date over both", () => {
    const received = { receivedOn: "2026-04-02" };
    const options = {
      holidays: ENGLAND,
      acknowledgeWithinWorkingDays: 2,
      respondWithinWorkingDays: 20,
    };
    // 20 working days from 2 April 2026 in England: 7 April is day 1, so day 20 is 4 May — a bank holiday — hence 5 May.
    expect(computeComplaintDeadlines(received, "2026-04-02", options)).toMatchObject({
      acknowledgeBy: "2026-04-08",
      respondBy: "2026-05-05",
      response: "due",
    });
    const agreed = { ...received, responseDueOn: "2026-06-30", respondedOn: "2026-06-12" };
    expect(computeComplaintDeadlines(agreed, "2026-07-01", options)).toMatchObject({
      respondBy: "2026-06-30",
      response: "met",
    });
  });
});
