import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "../src/index.js";
import type { Entity } from "../src/schema/entity.js";
import type { Report } from "../src/schema/report.js";

type Gold = {
  sources: Record<string, string>;
  names: Array<{ entity: string; variants: Record<string, string> }>;
  names_distinct: Array<[string, string, string]>;
  status: Array<{ entity: string; claims: Record<string, string>; verdict: string }>;
};

const ROOT = "fixtures/names";

/** The entities whose mentions in `file` cover an occurrence of `text`. */
function entitiesAt(report: Report, root: string, file: string, text: string): Set<string> {
  const source = report.sources.find((s) => s.path.endsWith(`/${file}`));
  const body = readFileSync(join(root, "articles", file), "utf8");
  const out = new Set<string>();
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
    for (const e of report.entities) {
      if (e.mentions.some((m) => m.source === source?.id && m.start < i + text.length && i < m.end)) out.add(e.id);
    }
  }
  return out;
}

for (const name of readdirSync(ROOT)) {
  const root = join(ROOT, name);
  const gold: Gold = JSON.parse(readFileSync(join(root, "expected.json"), "utf8"));
  describe(`names: ${name}`, async () => {
    const report = await compare([join(root, "articles")]);
    const entityOf = (entity: string): Entity | undefined => {
      const spec = gold.names.find((n) => n.entity === entity);
      const [key, text] = Object.entries(spec?.variants ?? {})[0] ?? ["", entity];
      const ids = entitiesAt(report, root, gold.sources[key] ?? "", text ?? entity);
      return report.entities.find((e) => ids.has(e.id) && e.kind === "person") ?? report.entities.find((e) => ids.has(e.id));
    };

    it("matches its golden report", async () => {
      await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`../${root}/report.json`);
    });

    for (const n of gold.names) {
      it(`links every spelling of ${n.entity}`, () => {
        const sets = Object.entries(n.variants).map(([key, text]) => entitiesAt(report, root, gold.sources[key] ?? "", text));
        const shared = [...(sets[0] ?? [])].filter((id) => sets.every((s) => s.has(id)));
        expect(shared, JSON.stringify(n.variants)).not.toEqual([]);
      });
    }

    for (const [a, b, why] of gold.names_distinct) {
      it(`keeps ${a} and ${b} apart (${why})`, () => {
        expect(entityOf(a)?.id).toBeDefined();
        expect(entityOf(a)?.id).not.toBe(entityOf(b)?.id);
      });
    }

    for (const s of gold.status) {
      it(`says what each source says of ${s.entity}: ${s.verdict}`, () => {
        const e = report.entities.find((x) => x.kind === "person" && x.variants.includes(s.entity));
        const found = Object.fromEntries(Object.entries(s.claims).map(([key]) => {
          const id = report.sources.find((src) => src.path.endsWith(`/${gold.sources[key]}`))?.id;
          return [key, [...new Set(e?.claims.filter((c) => c.source === id).map((c) => c.status))].join(", ")];
        }));
        expect(found).toEqual(s.claims);
        expect(e?.verdict).toBe(s.verdict);
      });
    }
  });
}
