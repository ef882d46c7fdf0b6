import { z } from "zod";
import { Extraction, Report } from "../../schema/report.js";
import type { Io } from "../io.js";
import { FactcheckError } from "../../core/errors.js";

/** `factcheck schema [report|extract]`: the JSON Schema generated from the zod schema. */
export function runSchema(which: string | undefined, io: Io): number {
  if (which !== undefined && which !== "report" && which !== "extract") {
    throw new FactcheckError("bad-option", { option: "schema", value: which, expected: "report or extract" });
  }
  const schema = which === "extract" ? Extraction : Report;
  io.stdout(`${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`);
  return 0;
}
