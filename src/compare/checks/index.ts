import percentage from "./percentage.js";
import remainder from "./remainder.js";
import sum from "./sum.js";
import type { CheckRule } from "./types.js";

export const checks = [sum, remainder, percentage] as const satisfies readonly CheckRule[];
