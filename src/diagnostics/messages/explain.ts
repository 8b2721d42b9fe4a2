import type { MessageRows } from "./table.js";

export const explainMessages = {} satisfies MessageRows;
