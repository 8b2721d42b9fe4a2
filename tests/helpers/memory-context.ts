// Tests build their in-memory projects with the same Context the playground uses.
export { memoryContext } from "../../src/memory-context.js";
