/** The writers' order: part by part, and the older writer only when that one declines, saying why. */
import { byPartsOrWhole } from "../../src/cli/byPartsOrWhole";
import { GraftUnsupported } from "../../src/xlsx/parts/packageParts";

test("written by parts: the older writer is not called and nothing is said", async () => {
  const whole = jest.fn(async () => "whole");
  expect(await byPartsOrWhole(() => "parts", whole)).toEqual({ result: "parts", declined: null });
  expect(whole).not.toHaveBeenCalled();
});

test("declined: the older writer writes it, and the summary says why", async () => {
  const outcome = await byPartsOrWhole(
    () => {
      throw new GraftUnsupported("it is saved as Strict Open XML");
    },
    async () => "whole",
  );
  expect(outcome).toEqual({
    result: "whole",
    declined: "Written whole by the older writer, not part by part: it is saved as Strict Open XML.",
  });
});

test("declined and refused: the refusal ends with why the part-by-part writer declined", async () => {
  const refused = byPartsOrWhole(
    () => {
      throw new GraftUnsupported("xl/styles.xml uses a namespace prefix");
    },
    async () => {
      throw new Error("plan.xlsx: holds charts");
    },
  );
  await expect(refused).rejects.toThrow(
    "plan.xlsx: holds charts (Written part by part, it was declined: xl/styles.xml uses a namespace prefix.)",
  );
});

test("any other failure is not a reason to write the file another way", async () => {
  const whole = jest.fn(async () => "whole");
  const failed = byPartsOrWhole(() => {
    throw new Error("disk full");
  }, whole);
  await expect(failed).rejects.toThrow("disk full");
  expect(whole).not.toHaveBeenCalled();
});
