import type { MessageRows } from "./table.js";

export const convertMessages = {} satisfies MessageRows;
