// Kept apart from report.ts so that parsing the command line does not load the report views.
export type ReportFormat = "markdown" | "json";

/** "report.md" → markdown, "out/report.JSON" → json, anything else → undefined (a usage error). */
export function reportFormat(file: string): ReportFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}
