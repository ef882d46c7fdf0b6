import { z } from "zod";
import { Extraction, Report } from "../../schema/report.js";
import type { Io } from "../io.js";

/** `factcheck schema [report|extract]`: the JSON Schema generated from the zod schema. */
export function runSchema(which: string | undefined, io: Io): number {
  const schema = which === "extract" ? Extraction : Report;
  io.stdout(`${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`);
  return 0;
}
