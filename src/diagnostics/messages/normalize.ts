import type { MessageRows } from "./table.js";

export const normalizeMessages = {} satisfies MessageRows;
