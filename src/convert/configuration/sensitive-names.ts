/**
 * Which environment variable names and file names look like they hold a credential. Being wrong in the
 * safe direction costs little (a harmless value lands in a Secret), so the rule leans towards "secret".
 */

/** Word parts that mark a credential, compared after upper-casing; a trailing "S" is allowed (TOKENS). */
const CREDENTIAL_WORDS = new Set([
  "PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDS", "PRIVATE",
  "AUTH", "ACCESSKEY", "SECRETKEY", "PRIVATEKEY", "AUTHTOKEN", "SALT",
]);

/** Endings that mark a credential even inside one word: "DBPASSWORD", "MYSQLPASSWD", "GITHUBTOKEN". */
const CREDENTIAL_ENDINGS = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY"];

/**
 * Splits a name into word parts at "_", "-", "." and lower→upper case changes, then checks each part:
 * "DB_PASSWORD", "API_KEY", "AWS_SECRET_ACCESS_KEY", "githubToken", "DBPASSWORD" are credentials;
 * "KEYBOARD_LAYOUT", "MONKEY_COUNT", "AUTHOR", "PATH" are not (KEY must be a whole part).
 */
export function isSensitiveName(name: string): boolean {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[_\-.\s]+/)
    .filter((part) => part !== "");
  return parts.some((part) => {
    const singular = part.endsWith("S") ? part.slice(0, -1) : part;
    return CREDENTIAL_WORDS.has(part) || CREDENTIAL_WORDS.has(singular) || CREDENTIAL_ENDINGS.some((end) => singular.endsWith(end));
  });
}

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

/** True when any part of a bound file's name looks secret: "certs/tls.key" → true, "nginx.conf" → false. */
export function isSensitiveFileName(path: string): boolean {
  const base = (path.split("/").pop() ?? path).toLowerCase();
  return SECRET_FILE_PATTERNS.some((pattern) => pattern.test(base));
}
