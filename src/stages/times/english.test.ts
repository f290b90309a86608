/** English: the same constructions as French, through the same engine and resources/en/times/. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timesInText } from "./text.js";

const at = (text: string, publishedAt = "2024-12-07") => timesInText("en", text, { publishedAt });

describe("times (en)", () => {
  it("reads 'the coming weeks' as a vague span and 'in a year' after 'first' as a duration", () => {
    assert.deepEqual(at("Talks will resume in the coming weeks.").map((t) => t.value), ["PXW"]);
    assert.deepEqual(at("It was their first face-to-face meeting in a year.").map((t) => t.value), ["P1Y"]);
  });

  it("gets the seed article's six times in English", () => {
    const text = [
      "The two presidents signed the agreement at a meeting held in Minsk on Friday.",
      "The deployment is planned for the second half of 2025.",
      "Belarus included nuclear capabilities in its military doctrine earlier this year.",
      "The border was crucial during Russia's invasion of Ukraine in February 2022.",
      "Lukashenko, who has led Belarus since 1994, relied on Moscow after his re-election in 2020.",
    ].join("\n");
    assert.deepEqual(
      at(text).map((t) => [text.slice(t.start, t.end), t.value, t.producedBy]),
      [
        ["Friday", "2024-12-06", "en/times/weekday"],
        ["the second half of 2025", "2025-H2", "en/times/half-year"],
        ["earlier this year", "2024", "en/times/unit-earlier"],
        ["February 2022", "2022-02", "en/times/month-year"],
        ["1994", "1994", "en/times/year-cued"],
        ["2020", "2020", "en/times/year-cued"],
      ],
    );
  });

  it("points a weekday back or forward by tense", () => {
    assert.equal(at("They signed the deal on Tuesday.")[0].value, "2024-12-03");
    assert.equal(at("They will sign the deal on Tuesday.")[0].value, "2024-12-10");
    assert.equal(at("He is expected in Charlotte on Wednesday.", "2012-09-04")[0].value, "2012-09-05");
    assert.equal(at("This Friday the shops are open.", "2012-08-17")[0].value, "2012-08-17");
    assert.equal(at("He left last Monday.")[0].value, "2024-12-02");
    // A participle after a modal and "be" looks forward with it.
    assert.equal(at("The treaty should be signed on Tuesday.")[0].value, "2024-12-10");
    assert.equal(at("The meetings will be held this weekend.", "2008-10-09")[0].value, "2008-W41-WE");
    assert.equal(at("The treaty was signed on Tuesday.")[0].value, "2024-12-03");
  });

  it("covers the constructions of the issue", () => {
    const cases: Array<[string, string, string?]> = [
      ["He came back yesterday.", "2024-12-06"],
      ["He came back the day before yesterday.", "2024-12-05"],
      ["He left last week.", "2024-W48"],
      ["He left two years ago.", "2022"],
      ["He will return in three months.", "2025-03"],
      ["It happened on December 6.", "2024-12-06"],
      ["Work ends in early 2025.", "2025", "START"],
      ["Work ends in late November.", "2024-11", "END"],
      ["Work ends in mid-2025.", "2025", "MID"],
      ["He has worked here for three months.", "P3M"],
      ["It is now clear.", "PRESENT_REF"],
      ["It comes every year.", "P1Y"],
      ["They met last night.", "2024-12-06TNI"],
      ["They met at 3:30 p.m.", "2024-12-07T15:30"],
      ["Results for the third quarter of 2024 are good.", "2024-Q3"],
      ["It was in the 1990s.", "199"],
      ["A 19th century monument.", "18"],
      ["It will snow this winter.", "2024-WI"],
      ["He met them last weekend.", "2024-W48-WE"],
      ["He has not been seen since the end of World War II.", "1945", "END"],
    ];
    for (const [text, value, mod] of cases) {
      const times = at(text);
      assert.equal(times.length, 1, `${text}: ${JSON.stringify(times)}`);
      assert.equal(times[0].value, value, text);
      assert.equal(times[0].mod, mod, text);
    }
  });

  it("keeps ranges as intervals", () => {
    assert.equal(at("The fair runs from March 3 to March 5, 2025.")[0].value, "2025-03-03/2025-03-05");
    assert.equal(at("The run-off was held on June 16 and 17.", "2012-06-24")[0].value, "2012-06-16/2012-06-17");
    assert.equal(at("He ruled between 2019 and 2021.")[0].value, "2019/2021");
  });

  it("does not take quantities or ages for times", () => {
    for (const text of ["About 2000 people marched.", "A 17-year-old girl was hurt.", "A border of 1,084 kilometres."]) {
      assert.deepEqual(at(text), [], text);
    }
  });

  it("lets the tense place a month or a quarter told without its year, when it is months away", () => {
    assert.equal(at("The lawsuit was filed in January.", "2006-08-19")[0].value, "2006-01");
    assert.equal(at("Sales will rise in March.", "2006-08-19")[0].value, "2007-03");
    assert.equal(at("The vote was set for January.", "2012-12-28")[0].value, "2013-01");
    assert.equal(at("Profits rose in the fourth quarter.", "2007-03-13")[0].value, "2006-Q4");
    assert.equal(at("Profits will rise in the fourth quarter.", "2007-03-13")[0].value, "2007-Q4");
  });

  it("reads a wire dateline's month without its period", () => {
    assert.deepEqual(at("BERLIN, Oct 16 (Reuters) - Germany said it would send tanks.", "2023-10-20").map((t) => t.value), ["2023-10-16"]);
  });
});
