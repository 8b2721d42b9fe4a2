import { describe, expect, it } from "vitest";
import { CREDENTIAL_RULES, isSensitiveFileName, isSensitiveName, isSensitiveVariable, nameParts } from "../../src/model/credentials.js";

describe.each(CREDENTIAL_RULES.map((rule) => [rule.name, rule] as const))("credential rule: %s", (_name, rule) => {
  it.each(rule.secret.map((name) => [name]))("catches %s", (name) => {
    expect(rule.matches(nameParts(name))).toBe(true);
    expect(isSensitiveName(name)).toBe(true);
  });
  it.each(rule.plain.map((name) => [name]))("leaves %s to the rule and the whole table", (name) => {
    expect(rule.matches(nameParts(name))).toBe(false);
    expect(isSensitiveName(name)).toBe(false);
  });
});

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
    ["MYSQL_PWD", true],
    ["DB_PW", true],
    ["ADMIN_PASSWORD1", true],
    ["SECRET1", true],
    ["PASSWORD2", true],
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
