import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDigest, type RegistryAccess } from "../../../src/cli/registry/client.js";
import { parseImageReference } from "../../../src/model/image-reference.js";

/**
 * The Bearer flow Docker Hub, GHCR and Quay use, which the Debian registry of pin-digests.test.ts
 * does not (it runs without auth): a local HTTP server answers 401 with a challenge naming its own
 * token endpoint, hands out a token for the Basic credentials of config.json, and serves the manifest
 * only with that token — without Docker-Content-Digest, so the client must hash the body itself.
 */
const manifest = JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [] });
const basic = Buffer.from("ci:s3cret").toString("base64");
let server: Server;
let host: string;
const seen: { url: string; authorization?: string; accept?: string }[] = [];

function answer(request: IncomingMessage): { status: number; headers: Record<string, string>; body: string } {
  const url = new URL(request.url ?? "/", `http://${host}`);
  if (url.pathname === "/token") {
    const anonymous = request.headers.authorization === undefined;
    const ok = anonymous || request.headers.authorization === `Basic ${basic}`;
    return ok ? { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ token: anonymous ? "anon" : "for-ci", scope: url.searchParams.get("scope") }) } : { status: 401, headers: {}, body: "" };
  }
  const token = request.headers.authorization;
  if (url.pathname === "/v2/acme/private/manifests/1.0" && token === "Bearer for-ci") return { status: 200, headers: { "content-type": "application/vnd.oci.image.index.v1+json" }, body: manifest };
  if (url.pathname === "/v2/acme/public/manifests/2.0" && token === "Bearer anon") return { status: 200, headers: { "content-type": "application/vnd.oci.image.index.v1+json" }, body: manifest };
  const repository = url.pathname.split("/manifests/")[0]?.replace("/v2/", "") ?? "";
  return { status: 401, headers: { "www-authenticate": `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${repository}:pull"` }, body: "" };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? "", ...(request.headers.authorization === undefined ? {} : { authorization: request.headers.authorization }), ...(request.headers.accept === undefined ? {} : { accept: request.headers.accept }) });
    const { status, headers, body } = answer(request);
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  host = `127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const access = (stored?: string): RegistryAccess => ({ credentials: () => stored, fetch: globalThis.fetch, timeoutMs: 5000 });
const reference = (image: string) => {
  const parsed = parseImageReference(image);
  if (parsed === undefined) throw new Error(image);
  return parsed;
};

describe("the Bearer token flow", () => {
  it("fetches an anonymous token for the challenge's scope, then hashes the manifest a registry serves without Docker-Content-Digest", async () => {
    const result = await resolveDigest(reference(`${host}/acme/public:2.0`), access());
    expect(result).toEqual({ kind: "digest", digest: `sha256:${createHash("sha256").update(manifest).digest("hex")}` });
    expect(seen.some((request) => request.url === "/token?service=test-registry&scope=repository%3Aacme%2Fpublic%3Apull" && request.authorization === undefined)).toBe(true);
    expect(seen.find((request) => request.url.startsWith("/v2/"))?.accept).toContain("application/vnd.oci.image.index.v1+json");
  });

  it("logs in to the token service with the stored credentials for a private repository", async () => {
    const result = await resolveDigest(reference(`${host}/acme/private:1.0`), access(basic));
    expect(result.kind).toBe("digest");
    expect(seen.some((request) => request.url.startsWith("/token") && request.authorization === `Basic ${basic}`)).toBe(true);
  });

  it("says that a private image needs docker login when the anonymous token is not enough", async () => {
    const result = await resolveDigest(reference(`${host}/acme/private:1.0`), access());
    expect(result).toEqual({ kind: "error", reason: `${host} refused acme/private:1.0 (401); a private image needs docker login ${host}` });
  });
});
