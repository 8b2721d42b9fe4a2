/** A Kubernetes quantity as written: "1Gi", "500Mi", "2G", "0.5", "100m"; "1 GB" or "lots" are not. */
const QUANTITY = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|[kMGTPE]|m)?$/;

export const isQuantity = (text: string): boolean => QUANTITY.test(text);

/**
 * Kubernetes quantities. Binary suffixes are used only when exact, so no byte is rounded away:
 * 536870912 → "512Mi", 1073741824 → "1Gi", 1000000 → "1000000".
 */
const BINARY_UNITS: readonly [string, number][] = [
  ["Ti", 1024 ** 4],
  ["Gi", 1024 ** 3],
  ["Mi", 1024 ** 2],
];

export function bytesQuantity(bytes: number): string {
  const whole = Math.ceil(bytes);
  for (const [suffix, size] of BINARY_UNITS) {
    if (whole >= size && whole % size === 0) return `${whole / size}${suffix}`;
  }
  return String(whole);
}

/** CPUs as millicores, rounded up to at least 1m: 0.5 → "500m", 2 → "2", 0.0001 → "1m". */
export function cpuQuantity(cpus: number): string {
  const millicores = Math.max(1, Math.ceil(Math.round(cpus * 1e6) / 1e3));
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

/** Whole seconds for a probe or grace period, rounded up and at least `minimum`: 0.5 → 1, 90 → 90. */
export const wholeSeconds = (seconds: number, minimum = 1): number => Math.max(minimum, Math.ceil(seconds));

const SUFFIX_FACTORS: Readonly<Record<string, number>> = {
  "": 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** The number a quantity stands for, to compare two: "100m" → 0.1, "128Mi" → 134217728; undefined when not a quantity. */
export function quantityValue(text: string): number | undefined {
  const match = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[kMGTPE]|m)?$/.exec(text);
  if (match === null) return undefined;
  return Number(match[1]) * (SUFFIX_FACTORS[match[2] ?? ""] ?? 1);
}
