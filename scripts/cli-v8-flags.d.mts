export function cliV8Flags(): string[];
