import type { MessageRows } from "./table.js";

export const emitMessages = {} satisfies MessageRows;
