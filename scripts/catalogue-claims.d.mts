export interface Claim {
  /** One behavioural statement the explanation makes, on one line. */
  claim: string;
  /** https pages, spec sections or source files that back it. */
  sources: string[];
  /** True when it rests only on what a tool's code does, not on its documentation. */
  observed: boolean;
}

export const SOURCE_PREFIXES: readonly string[];
export function isCodeSource(url: string): boolean;
export function checkClaims(name: string, value: unknown): { claims: Claim[]; problems: string[] };
