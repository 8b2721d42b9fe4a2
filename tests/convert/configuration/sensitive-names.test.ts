import { describe, expect, it } from "vitest";
import { isSensitiveFileName, isSensitiveName, isSensitiveVariable } from "../../../src/convert/configuration/sensitive-names.js";

describe("isSensitiveName", () => {
  it.each([
    ["DB_PASSWORD", true],
    ["POSTGRES_PASSWORD", true],
    ["API_KEY", true],
    ["APIKEY", true],
    ["AWS_SECRET_ACCESS_KEY", true],
    ["GITHUB_TOKEN", true],
    ["githubToken", true],
    ["DBPASSWORD", true],
    ["SMTP_PASS", true],
    ["JWT_SECRETS", true],
    ["GOOGLE_APPLICATION_CREDENTIALS", true],
    ["PRIVATE_KEY_PATH", true],
    ["BASIC_AUTH", true],
    ["mysql-root-password", true],
    ["KEYBOARD_LAYOUT", false],
    ["MONKEY_COUNT", false],
    ["AUTHOR", false],
    ["PATH", false],
    ["PWD", false],
    ["DB_HOST", false],
    ["TOKENIZER_MODEL", false],
  ])("%s → %s", (name, sensitive) => expect(isSensitiveName(name)).toBe(sensitive));
});

describe("isSensitiveVariable", () => {
  it.each([
    ["DATABASE_URL", "postgres://app:s3cret@db:5432/app", true],
    ["DATABASE_URL", "postgres://db:5432/app", false],
    ["HOME_PAGE", "https://example.com/a:b@c", false],
    ["DB_PASSWORD", "", true],
  ])("%s=%s → %s", (name, value, sensitive) => expect(isSensitiveVariable(name, value)).toBe(sensitive));
});

describe("isSensitiveFileName", () => {
  it.each([
    [".env", true],
    [".env.production", true],
    ["prod.env", true],
    ["certs/tls.key", true],
    ["server.pem", true],
    ["store.p12", true],
    ["id_rsa", true],
    ["id_ed25519.pub", true],
    ["db-password.txt", true],
    ["api_token", true],
    ["nginx.conf", false],
    ["public/index.html", false],
    ["environment.json", false],
  ])("%s → %s", (name, sensitive) => expect(isSensitiveFileName(name)).toBe(sensitive));
});
