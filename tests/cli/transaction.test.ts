import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { commitFiles, OutputError, realFs, sharedPath, writePieces, type FileText, type TransactionFs } from "../../src/cli/transaction.js";

/** Every file and folder under `root`, relative, sorted: what a run left behind. */
function tree(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      found.push(relative(root, path) + (entry.isDirectory() ? "/" : ""));
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return found.sort();
}

/** The real file system, except that the n-th call of `method` fails as a full disk or a broken rename would. */
function failing(method: "writeFileSync" | "renameSync", n: number, code = "ENOSPC"): TransactionFs {
  let calls = 0;
  const fail = () => {
    calls += 1;
    if (calls === n) throw Object.assign(new Error(`${code}: simulated failure`), { code });
  };
  return {
    ...realFs,
    writeFileSync: (path, content) => (method === "writeFileSync" && fail(), realFs.writeFileSync(path, content)),
    renameSync: (from, to) => (method === "renameSync" && fail(), realFs.renameSync(from, to)),
  };
}

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), "kubepose-transaction-"));
  mkdirSync(join(root, "k8s"));
  writeFileSync(join(root, "k8s", "web-deployment.yaml"), "old web\n");
  writeFileSync(join(root, "notes.txt"), "mine\n");
  return root;
}

const outputs = (root: string) =>
  new Map([
    [join(root, "k8s", "web-deployment.yaml"), "new web\n"],
    [join(root, "k8s", "db", "db-service.yaml"), "new db\n"],
    [join(root, "report", "migration.md"), "report\n"],
  ]);

describe("one run's files are written all or nothing", () => {
  it("writes every file and leaves no staging file behind", () => {
    const root = workspace();
    commitFiles(outputs(root));
    expect(tree(root)).toEqual(["k8s/", "k8s/db/", "k8s/db/db-service.yaml", "k8s/web-deployment.yaml", "notes.txt", "report/", "report/migration.md"]);
    expect(readFileSync(join(root, "k8s", "web-deployment.yaml"), "utf8")).toBe("new web\n");
  });

  it.each([
    ["the disk fills up on the first file", failing("writeFileSync", 1)],
    ["the disk fills up on the last file", failing("writeFileSync", 3)],
    ["the first rename fails", failing("renameSync", 1, "EIO")],
    ["a rename fails half-way", failing("renameSync", 3, "EIO")],
    ["the last rename fails", failing("renameSync", 4, "EIO")],
  ])("%s: the folder is as it was, and the error names the file", (_name, fsys) => {
    const root = workspace();
    const before = tree(root);
    let thrown: unknown;
    try {
      commitFiles(outputs(root), fsys);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutputError);
    expect([...outputs(root).keys()]).toContain((thrown as OutputError).path);
    expect(tree(root)).toEqual(before);
    expect(readFileSync(join(root, "k8s", "web-deployment.yaml"), "utf8")).toBe("old web\n");
  });

  it("removes a file given as null with the writes, and its folder when that leaves it empty", () => {
    const root = workspace();
    mkdirSync(join(root, "k8s", "old"));
    writeFileSync(join(root, "k8s", "old", "gone-service.yaml"), "old\n");
    commitFiles(new Map<string, string | null>([...outputs(root), [join(root, "k8s", "old", "gone-service.yaml"), null]]));
    expect(tree(root)).not.toContain("k8s/old/");
    expect(tree(root)).toContain("notes.txt");
  });

  it.each([
    ["a write fails", failing("writeFileSync", 2)],
    ["the second removal fails after the first was set aside", failing("renameSync", 7, "EIO")],
  ])("a removal is undone with the writes when %s", (_name, fsys) => {
    const root = workspace();
    writeFileSync(join(root, "k8s", "gone-service.yaml"), "old\n");
    writeFileSync(join(root, "k8s", "gone-deployment.yaml"), "old\n");
    const before = tree(root);
    // Renames: five to place the four files (one replaces an old file), then one per removal.
    const gone = (name: string) => [join(root, "k8s", name), null] as const;
    const files = new Map<string, string | null>([...outputs(root), gone("gone-service.yaml"), [join(root, "k8s", "last.yaml"), "x\n"], gone("gone-deployment.yaml")]);
    expect(() => commitFiles(files, fsys)).toThrow(OutputError);
    expect(tree(root)).toEqual(before);
    expect(readFileSync(join(root, "k8s", "gone-service.yaml"), "utf8")).toBe("old\n");
  });

  it("finds two outputs that are one file", () => {
    expect(sharedPath(["k8s.json", "./k8s.json"])).toBe("./k8s.json");
    expect(sharedPath(["k8s/a.yaml", "k8s/b.yaml", "report.md"])).toBeUndefined();
  });
});

// The HTML page is written in pieces (compare.ts): the file must hold exactly what writing them joined would.
describe("a file given in pieces", () => {
  const big = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const cases: [string, string[]][] = [
    ["no piece", []],
    ["empty pieces", ["", "a", "", ""]],
    ["ASCII, Latin-1 and two-byte text", ["<!doctype html>", "caf\u00e9 \u2014 ", "\u{1F600}", "{\"a\":1}"]],
    // Past one chunk (1 MiB): a piece larger than a chunk is written in slices, never between a surrogate pair's halves.
    ["pieces larger than a chunk", [big("x", 3_000_000), big("\u{1F600}a", 700_001), big("\u00e9\u2014\u{1F600}", 2_500_000), "end"]],
    ["many small pieces filling several chunks", Array.from({ length: 60_000 }, (_, i) => `${i % 7 === 0 ? "\u2014" : ""}piece ${i},`)],
  ];

  it.each(cases)("%s: the file holds their concatenation", (_name, pieces) => {
    const root = mkdtempSync(join(tmpdir(), "kubepose-pieces-"));
    const path = join(root, "page.html");
    writePieces(path, pieces);
    expect(readFileSync(path).equals(Buffer.from(pieces.join("")))).toBe(true);
  });

  it("is staged and placed as a whole text is, replacing the old file", () => {
    const root = workspace();
    const target = join(root, "k8s", "web-deployment.yaml");
    commitFiles(new Map<string, FileText | null>([[target, ["new ", "web", "\n"]]]));
    expect(readFileSync(target, "utf8")).toBe("new web\n");
    expect(tree(root)).toEqual(["k8s/", "k8s/web-deployment.yaml", "notes.txt"]);
  });
});
