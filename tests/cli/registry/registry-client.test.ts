import { describe, expect, it } from "vitest";
import { parseChallenge, tokenUrl } from "../../../src/cli/registry/challenge.js";
import { parseDockerConfig, registryKey } from "../../../src/cli/registry/docker-config.js";
import { isLoopback, manifestUrl, MANIFEST_TYPES } from "../../../src/cli/registry/client.js";
import { parseImageReference } from "../../../src/model/image-reference.js";

describe("WWW-Authenticate challenges", () => {
  it("reads Docker Hub's Bearer challenge and asks its realm for a pull token", () => {
    const challenge = parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"');
    expect(challenge).toEqual({ scheme: "bearer", params: { realm: "https://auth.docker.io/token", service: "registry.docker.io", scope: "repository:library/nginx:pull" } });
    expect(String(challenge && tokenUrl(challenge, "library/nginx"))).toBe("https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnginx%3Apull");
  });

  it("asks for the repository's pull scope when the challenge names none (GHCR answers a bare realm)", () => {
    const challenge = parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io"');
    expect(challenge && tokenUrl(challenge, "acme/api")?.searchParams.get("scope")).toBe("repository:acme/api:pull");
  });

  it("reads Basic and unquoted or escaped values; ignores other schemes", () => {
    expect(parseChallenge('Basic realm="Registry \\"eu\\""')).toEqual({ scheme: "basic", params: { realm: 'Registry "eu"' } });
    expect(parseChallenge("Bearer realm=https://quay.io/v2/auth,service=quay.io")?.params).toEqual({ realm: "https://quay.io/v2/auth", service: "quay.io" });
    expect(parseChallenge('Negotiate realm="x"')).toBeUndefined();
    expect(parseChallenge(null)).toBeUndefined();
  });

  it("refuses a realm that is not an http(s) URL", () => {
    const challenge = parseChallenge('Bearer realm="file:///etc/passwd"');
    expect(challenge && tokenUrl(challenge, "a/b")).toBeUndefined();
  });
});

describe("~/.docker/config.json", () => {
  it("takes auths entries by registry, Docker Hub's v1 URL as docker.io", () => {
    const config = parseDockerConfig(JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: "dXNlcjpwdw==" }, "ghcr.io": { auth: "Z2g6dG9rZW4=" }, "quay.io": {} } }), "config.json");
    expect([...config.auths]).toEqual([["docker.io", "dXNlcjpwdw=="], ["ghcr.io", "Z2g6dG9rZW4="]]);
    expect(config.helperNote).toBeUndefined();
  });

  it("notes credential helpers it does not run", () => {
    const config = parseDockerConfig(JSON.stringify({ credsStore: "desktop", credHelpers: { "123.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" } }), "/home/dev/.docker/config.json");
    expect(config.helperNote).toContain("(desktop, ecr-login)");
  });

  it("keys registries as docker login writes them", () => {
    expect(registryKey("https://ghcr.io")).toBe("ghcr.io");
    expect(registryKey("registry-1.docker.io")).toBe("docker.io");
    expect(registryKey("127.0.0.1:5000")).toBe("127.0.0.1:5000");
  });
});

describe("where the manifest is asked for", () => {
  const url = (image: string) => {
    const reference = parseImageReference(image);
    if (reference === undefined) throw new Error(image);
    return String(manifestUrl(reference));
  };

  it("uses HTTPS, Docker Hub's API host, and latest for a missing tag", () => {
    expect(url("nginx")).toBe("https://registry-1.docker.io/v2/library/nginx/manifests/latest");
    expect(url("ghcr.io/acme/api:2.4")).toBe("https://ghcr.io/v2/acme/api/manifests/2.4");
  });

  it("uses plain HTTP only for loopback registries, as Docker treats 127.0.0.0/8 as insecure", () => {
    expect(url("127.0.0.1:5000/team/app:1.0")).toBe("http://127.0.0.1:5000/v2/team/app/manifests/1.0");
    expect(isLoopback("localhost:5000")).toBe(true);
    expect(isLoopback("[::1]:5000")).toBe(true);
    expect(isLoopback("127.10.0.3")).toBe(true);
    expect(isLoopback("10.0.0.1:5000")).toBe(false);
    expect(isLoopback("127.0.0.1.nip.io")).toBe(false);
  });

  it("accepts OCI and Docker indexes and manifests", () => {
    expect(MANIFEST_TYPES).toContain("application/vnd.oci.image.index.v1+json");
    expect(MANIFEST_TYPES).toContain("application/vnd.docker.distribution.manifest.list.v2+json");
  });
});
