import { readFileSync } from "node:fs";

/** The version in package.json, read once where the CLI starts (dist/cli/ → ../../package.json). */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
