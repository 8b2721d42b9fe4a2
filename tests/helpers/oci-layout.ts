import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Writes a small OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md)
 * the way a build tool would: `oci-layout`, blobs under blobs/sha256/<hex>, a config, one gzipped
 * tar layer holding `files` (its diff_id the digest of the uncompressed tar), a manifest, and index.json naming the manifest with the tag. Returns the
 * manifest's digest, the one a registry reports once skopeo has copied the image.
 */
export function writeOciLayout(dir: string, tag: string, files: Record<string, string>): string {
  mkdirSync(join(dir, "blobs", "sha256"), { recursive: true });
  const blob = (bytes: Buffer) => {
    const hex = createHash("sha256").update(bytes).digest("hex");
    writeFileSync(join(dir, "blobs", "sha256", hex), bytes);
    return { digest: `sha256:${hex}`, size: bytes.length };
  };
  const layerBytes = tar(files);
  const diffId = `sha256:${createHash("sha256").update(layerBytes).digest("hex")}`;
  const layer = blob(gzipSync(layerBytes));
  const config = blob(json({
    architecture: "amd64",
    os: "linux",
    config: { Cmd: ["/hello"] },
    rootfs: { type: "layers", diff_ids: [diffId] },
  }));
  const manifest = blob(json({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
    layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...layer }],
  }));
  writeFileSync(join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  writeFileSync(join(dir, "index.json"), json({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", ...manifest, annotations: { "org.opencontainers.image.ref.name": tag } }],
  }));
  return manifest.digest;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** A POSIX ustar archive of regular files (512-byte header, data padded to 512, two zero blocks). */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(512);
    const put = (value: string, offset: number, length: number) => header.write(value.slice(0, length), offset, length, "ascii");
    const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0");
    put(name, 0, 100);
    put(octal(0o755, 8), 100, 8);
    put(octal(0, 8), 108, 8);
    put(octal(0, 8), 116, 8);
    put(octal(data.length, 12), 124, 12);
    put(octal(0, 12), 136, 12);
    put("        ", 148, 8);
    put("0", 156, 1);
    put("ustar\u000000", 257, 8);
    const sum = header.reduce((total, byte) => total + byte, 0);
    put(`${octal(sum, 7)}\u0000 `, 148, 8);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
