// The HTML report reads its compact embedded data (src/views/report-page/page-data.ts): clicking each line
// of the page must highlight and explain exactly what the record-per-line model (reportData) says.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { reportData } from "../../src/views/report-data.js";
import { browserAvailable, useBrowser } from "./browser.js";
import { writeReport } from "./report-file.js";

interface Clicked {
  id: string;
  traced: boolean;
  selected: string[];
  highlighted: string[];
  panel: string[];
}

function page(directory: string) {
  const { url, input, diagnostics, title } = writeReport(directory);
  return { url, data: reportData(input, diagnostics, title, directory) };
}

describe.skipIf(!browserAvailable())("HTML report: every line", () => {
  const browser = useBrowser();

  it.each(["voting-app", "wordpress-mysql"])("of %s highlights and explains what the report data says", async (example) => {
    const { url, data } = page(resolve("examples", example));
    const view = await browser.open(url);
    // Every row clicked in the page itself: one round trip, not one per line.
    const clicked = await view.evaluate((): Clicked[] =>
      Array.from(document.querySelectorAll<HTMLElement>(".line")).map((row) => {
        row.click();
        const ids = (selector: string) => Array.from(document.querySelectorAll(selector)).map((node) => node.id);
        const panel = Array.from(document.querySelectorAll("#panel-body > *")).map((node) => `${node.className}: ${node.textContent ?? ""}`);
        return { id: row.id, traced: row.classList.contains("traced"), selected: ids(".line.selected"), highlighted: ids(".line.highlight"), panel };
      }),
    );
    const explanation = (id: string | undefined) => {
      const entry = id === undefined ? undefined : data.explanations[id];
      return entry ? [`explanation-title: ${entry.title}`, `summary: ${entry.summary}`] : [];
    };
    let composeLines = 0;
    for (const row of clicked) {
      const compose = /^c-(\d+)-(\d+)$/.exec(row.id);
      if (compose) {
        const info = data.composeLines[`${compose[1]}:${compose[2]}`];
        expect(row.selected).toEqual([row.id]);
        expect(row.traced).toBe((info?.fields.length ?? 0) > 0);
        expect(new Set(row.highlighted)).toEqual(new Set((info?.fields ?? []).map(([m, l]) => `m-${m}-${l}`)));
        if (info) {
          composeLines += 1;
          const head = [`path: ${info.path}`, ...(info.fate ? [`fate: ${info.fate}`] : []), ...(info.fields.length === 0 ? ["note: Nothing in the manifests comes from this line."] : [])];
          expect(row.panel.slice(0, head.length)).toEqual(head);
          expect(row.panel.filter((text) => /^(explanation-title|summary): /.test(text))).toEqual(explanation(info.explanation));
        }
        continue;
      }
      const [, m, l] = /^m-(\d+)-(\d+)$/.exec(row.id) ?? [];
      const info = data.manifestLines[`${m}:${l}`];
      const origin = info?.origin === undefined ? undefined : data.origins[info.origin];
      const expected = origin ? Array.from({ length: origin.end - origin.start + 1 }, (_, i) => `c-${origin.file}-${origin.start + i}`) : [];
      expect(new Set(row.highlighted)).toEqual(new Set(expected));
      expect(new Set(row.selected)).toEqual(new Set([row.id, ...(origin ? [`c-${origin.file}-${origin.line}`] : [])]));
      const manifest = data.manifests[Number(m)];
      const from = origin ? ` ← ${data.files[origin.file]?.name}:${origin.line}` : "";
      const reason = info?.default === undefined ? undefined : data.defaults[info.default];
      const note = reason ? [`note: A default kubepose chose: ${reason}`] : origin ? [] : ["note: Not traced to a Compose line."];
      expect(row.panel.slice(0, 1 + note.length)).toEqual([`path: ${manifest?.kind} ${manifest?.name} ${info?.field}${from}`, ...note]);
      expect(row.panel.filter((text) => /^(explanation-title|summary): /.test(text))).toEqual(explanation(info?.explanation));
    }
    expect(composeLines).toBeGreaterThan(10);
    browser.expectNoErrors(view);
  });
});
