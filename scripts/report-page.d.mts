/** Where the bundled report script is written: src/views/report-page/script.generated.ts. */
export const reportPageTarget: string;

/** The source of script.generated.ts for the current src/views/report-page/*.ts. */
export function renderReportPageModule(): Promise<string>;
