export function benchCompose(count: number): string;
export function generateProject(count: number): { directory: string; lines: number };
