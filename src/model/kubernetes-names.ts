/**
 * The name syntaxes the Kubernetes API server enforces (k8s.io/apimachinery/pkg/util/validation),
 * which the OpenAPI schema only describes as "string".
 */

const label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const dns1123LabelPattern = new RegExp(`^${label}$`);
const dns1123SubdomainPattern = new RegExp(`^${label}(\\.${label})*$`);
const dns1035LabelPattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const ianaServiceNamePattern = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** "web-1": pod, container and volume names, namespaces. */
export const isDns1123Label = (text: string): boolean => text.length <= 63 && dns1123LabelPattern.test(text);

/** "web.v2": most object names. */
export const isDns1123Subdomain = (text: string): boolean => text.length <= 253 && dns1123SubdomainPattern.test(text);

/** "web": Service names, which become DNS labels and must start with a letter. */
export const isDns1035Label = (text: string): boolean => text.length <= 63 && dns1035LabelPattern.test(text);

/** Label keys repeat on every object ("app.kubernetes.io/name"); valid ones are remembered, up to a bound. */
const validQualifiedNames = new Set<string>();

/** "app.kubernetes.io/name" or "app": label and annotation keys. */
export function isQualifiedName(text: string): boolean {
  if (validQualifiedNames.has(text)) return true;
  const valid = checkQualifiedName(text);
  if (valid && validQualifiedNames.size < 10_000) validQualifiedNames.add(text);
  return valid;
}

function checkQualifiedName(text: string): boolean {
  const slash = text.indexOf("/");
  const name = slash === -1 ? text : text.slice(slash + 1);
  if (slash !== -1 && (slash !== text.lastIndexOf("/") || !isDns1123Subdomain(text.slice(0, slash)))) return false;
  return name.length <= 63 && qualifiedNamePart.test(name);
}

/** "web", "v1.2_beta" or "": label values. */
export const isLabelValue = (text: string): boolean => text === "" || (text.length <= 63 && qualifiedNamePart.test(text));

/**
 * "http", "web-8080": container port names, and the names a Service's targetPort may refer to
 * (IANA_SVC_NAME, validation.IsValidPortName). A Service's own port names are DNS-1123 labels.
 */
export const isIanaServiceName = (text: string): boolean =>
  text.length <= 15 && ianaServiceNamePattern.test(text) && /[a-z]/.test(text) && !text.includes("--");

/** "DATABASE_URL", "my.var": environment variable names. */
export const isEnvVarName = (text: string): boolean => /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(text);

/** "app.conf": ConfigMap and Secret keys, which become file names when mounted. */
export const isConfigKey = (text: string): boolean =>
  text.length <= 253 && /^[-._a-zA-Z0-9]+$/.test(text) && text !== "." && text !== "..";

/** 1–65535. */
export const isPortNumber = (value: unknown): boolean =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 65535;
