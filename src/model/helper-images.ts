/**
 * The images kubepose itself adds to pods (the init containers that wait), pinned by digest. A digest
 * is never made up: each one below was seen, identical, in several independent public manifests and
 * scripts (found in the public-code index searched while writing this), and for busybox also as the
 * Image ID a kubelet reported after pulling the tag. A wrong digest would break every pod that uses
 * it, so a tag without two agreeing sources stays unpinned (digest undefined) and convert warns.
 * Each is replaceable by an option (--wait-image, --job-wait-image) for clusters that mirror images.
 */
export interface HelperImage {
  /** Repository and tag, as people write it: "busybox:1.36". */
  image: string;
  /** The multi-platform index digest of that tag when it was seen, or undefined when unconfirmed. */
  digest?: string;
  /** What the image must contain for kubepose's scripts. */
  needs: string;
  /** Where the digest was seen, and when. */
  sources: readonly string[];
  seen: string;
}

export const helperImages = {
  /** The TCP wait (depends_on service_started / service_healthy): sh, timeout, nc. */
  tcpWait: {
    image: "busybox:1.36",
    digest: "sha256:73aaf090f3d85aa34ee199857f03fa3a95c8ede2ffd4cc2cdb5b94e566b11662",
    needs: "sh, timeout and nc -z",
    sources: [
      "kubectl describe output in a public Kubernetes tutorial: Image busybox:1.36, Image ID docker.io/library/busybox@sha256:73aaf090…",
      "a public Helm chart's wait-deps init container: busybox:1.36@sha256:73aaf090…",
      "public scripts and Makefiles pinning busybox:1.36@sha256:73aaf090… and busybox:1.36.1@sha256:73aaf090… (public.ecr.aws/docker/library mirror too)",
    ],
    seen: "2026-11-29",
  },
  /** The Job wait (depends_on service_completed_successfully): sh, curl with TLS, a CA-checking client. */
  jobWait: {
    image: "curlimages/curl:8.11.1",
    digest: "sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69",
    needs: "sh, curl with https (--cacert), grep, date, expr and sleep",
    sources: [
      "a public Helm chart values file: repository curlimages/curl, tag 8.11.1, digest sha256:c1fe1679…",
      "public Kubernetes test scripts and pod manifests pinning curlimages/curl:8.11.1@sha256:c1fe1679… (run with sh -c)",
      "a public multi-architecture Dockerfile: FROM docker.io/curlimages/curl:8.11.1@sha256:c1fe1679…",
    ],
    seen: "2026-11-29",
  },
} as const satisfies Record<string, HelperImage>;

/** "busybox:1.36@sha256:…", or the tag alone when no digest was confirmed. */
export const pinned = (helper: HelperImage): string => (helper.digest === undefined ? helper.image : `${helper.image}@${helper.digest}`);
