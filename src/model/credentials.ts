import { BoundedMap } from "./bounded-map.js";

/**
 * Which environment variable names and file names look like they hold a credential. Being wrong in the
 * safe direction costs little (a harmless value lands in a Secret), so the rule leans towards "secret".
 */

/**
 * One way a variable name marks a credential, with names it must catch and names it must leave alone:
 * the test runs every example, so a rule cannot be loosened or tightened without a test saying so.
 * Names are split into upper-case word parts at "_", "-", "." and lower→upper case changes, and each
 * part loses trailing digits ("PASSWORD2" → PASSWORD) and is also read without a plural "S" (TOKENS).
 */
export interface CredentialRule {
  name: string;
  matches(parts: readonly string[]): boolean;
  secret: readonly string[];
  plain: readonly string[];
}

const WORDS = new Set([
  "PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDS", "PRIVATE",
  "AUTH", "ACCESSKEY", "SECRETKEY", "PRIVATEKEY", "AUTHTOKEN", "SALT",
]);
/** Abbreviations that mean a password only beside another word: MYSQL_PWD, DB_PW; PWD alone is the shell's directory. */
const SHORT_WORDS = new Set(["PWD", "PW"]);
/** Endings that mark a credential even inside one word: "DBPASSWORD", "MYSQLPASSWD", "GITHUBTOKEN". */
const ENDINGS = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY"];

/** A part and its singular: "TOKENS" → TOKENS, TOKEN. */
const forms = (part: string): string[] => (part.endsWith("S") ? [part, part.slice(0, -1)] : [part]);
const hasWord = (parts: readonly string[], words: ReadonlySet<string>) => parts.some((part) => forms(part).some((form) => words.has(form)));

export const CREDENTIAL_RULES: readonly CredentialRule[] = [
  {
    name: "a credential word as a whole part",
    matches: (parts) => hasWord(parts, WORDS),
    secret: ["DB_PASSWORD", "API_KEY", "AWS_SECRET_ACCESS_KEY", "githubToken", "SMTP_PASS", "JWT_SECRETS", "SECRET1", "PASSWORD2", "ADMIN_PASSWORD1", "BASIC_AUTH", "mysql-root-password", "GOOGLE_APPLICATION_CREDENTIALS", "PRIVATE_KEY_PATH"],
    plain: ["KEYBOARD_LAYOUT", "MONKEY_COUNT", "AUTHOR", "PATH", "PASSENGER_COUNT", "DB_HOST", "TOKENIZER_MODEL", "OAUTH_CALLBACK_URL"],
  },
  {
    name: "PWD or PW beside another word",
    matches: (parts) => parts.length > 1 && hasWord(parts, SHORT_WORDS),
    secret: ["MYSQL_PWD", "DB_PW", "REDIS_PW", "ADMIN_PWD2"],
    plain: ["PWD", "OLDPWD", "PW", "PWA_NAME", "POWER"],
  },
  {
    name: "a credential ending inside one word",
    matches: (parts) => parts.some((part) => forms(part).some((form) => ENDINGS.some((end) => form.endsWith(end)))),
    secret: ["DBPASSWORD", "MYSQLPASSWD", "GITHUBTOKEN", "STRIPESECRET", "OPENAIAPIKEY1"],
    plain: ["SECRETARY_NAME", "TOKENIZER", "PASSWORDLESS_LOGIN", "KEYCLOAK_URL"],
  },
];

/** "ADMIN_PASSWORD1" → ["ADMIN", "PASSWORD"]; "githubTokens" → ["GITHUB", "TOKENS"]. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[_\-.\s]+/)
    .map((part) => part.replace(/\d+$/, ""))
    .filter((part) => part !== "");
}

/** True when a name looks like it holds a credential, by any rule of CREDENTIAL_RULES. */
export function isSensitiveName(name: string): boolean {
  let sensitive = sensitiveNames.get(name);
  if (sensitive === undefined) {
    const parts = nameParts(name);
    sensitive = CREDENTIAL_RULES.some((rule) => rule.matches(parts));
    sensitiveNames.remember(name, sensitive);
  }
  return sensitive;
}

/** Answers by name: a thousand services repeat the same few variable names, each split into parts once. */
const sensitiveNames = new BoundedMap<string, boolean>(10_000);

/** A URL that carries a password, whatever the variable is called: "postgres://app:s3cret@db/app". */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:[^/\s@]+@/i;

/** True when a variable must go to a Secret: its name looks like a credential, or its value is a URL with a password. */
export const isSensitiveVariable = (name: string, value: string): boolean => isSensitiveName(name) || URL_WITH_PASSWORD.test(value);

/** File name patterns that hold keys and credentials: ".env", "tls.key", "server.pem", "id_rsa", "db-password.txt". */
const SECRET_FILE_PATTERNS: readonly RegExp[] = [
  /^\.env(\..*)?$/,
  /\.env$/,
  /\.(key|pem|p12|pfx|jks|keystore|kdbx)$/,
  /^id_(rsa|dsa|ecdsa|ed25519)/,
  /secret|passw|token|credential|private|htpasswd/,
];

/** The absolute paths of the files `secrets:` definitions read (`file: ./db_password.txt`): they may reach Secrets only. */
export const declaredSecretFiles = (secrets: Readonly<Record<string, { file?: string }>>): Set<string> =>
  new Set(Object.values(secrets).flatMap((secret) => (secret.file === undefined ? [] : [secret.file])));

/** True when any part of a bound file's name looks secret: "certs/tls.key" → true, "nginx.conf" → false. */
export function isSensitiveFileName(path: string): boolean {
  const base = (path.split("/").pop() ?? path).toLowerCase();
  return SECRET_FILE_PATTERNS.some((pattern) => pattern.test(base));
}
