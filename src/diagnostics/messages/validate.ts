import type { MessageRows } from "./table.js";

export const validateMessages = {} satisfies MessageRows;
