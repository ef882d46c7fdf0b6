export * from "./source.js";
export * from "./segment.js";
export * from "./claim.js";
export * from "./report.js";
export * from "./entity.js";
export * from "./extraction.js";
export * from "./problem.js";
export * from "./evidence.js";
