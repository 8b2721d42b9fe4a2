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
