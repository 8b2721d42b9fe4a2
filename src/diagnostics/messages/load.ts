import type { MessageRows } from "./table.js";

export const loadMessages = {} satisfies MessageRows;
