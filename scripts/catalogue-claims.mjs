// The `claims:` of an explanation: every behavioural claim it makes about Kubernetes, Compose,
// Docker or Kompose, each with the pages that back it. What kubepose itself writes is not a claim
// here: the golden outputs check that. Pure, shared by catalogue.mjs and the tests.

/**
 * Where a source may live: the two documentation sites the rendered `docs` use, Kompose's site
 * (the only documentation of its labels), the local-cluster tools kind and minikube, the Linux
 * man pages (resolv.conf), the Compose Specification, and the source of Kubernetes (API
 * validation, the kubelet, KEPs, Kompose) and of Docker (Compose and its libraries), the official
 * images' Dockerfiles and the Filesystem Hierarchy Standard; for charts and overlays, the documentation
 * of Helm and of Kustomize, and helm-docs' README (the only description of its comment format); the OCI
 * and Distribution specifications (image references, the registry API), and the linters kubepose lint
 * follows (kube-score, kube-linter, Polaris: their rule documentation and code).
 */
export const SOURCE_PREFIXES = [
  "https://kubernetes.io/",
  "https://docs.docker.com/",
  "https://kompose.io/",
  "https://kind.sigs.k8s.io/",
  "https://minikube.sigs.k8s.io/",
  "https://man7.org/linux/man-pages/",
  "https://github.com/compose-spec/compose-spec/",
  "https://github.com/kubernetes/",
  "https://github.com/docker/",
  // The official images' own Dockerfiles (VOLUME, EXPOSE), and the Filesystem Hierarchy Standard.
  "https://github.com/docker-library/",
  "https://refspecs.linuxfoundation.org/",
  "https://helm.sh/docs/",
  "https://kubectl.docs.kubernetes.io/",
  "https://github.com/norwoodj/helm-docs",
  "https://github.com/opencontainers/",
  "https://github.com/distribution/",
  "https://github.com/zegl/kube-score/",
  "https://github.com/stackrox/kube-linter/",
  "https://github.com/FairwindsOps/polaris/",
  "https://docs.kubelinter.io/",
  "https://polaris.docs.fairwinds.com/",
];

const CLAIM_FIELDS = ["claim", "sources", "observed"];

/** A source file of a tool rather than a page of documentation or of the specification. */
export const isCodeSource = (url) => /^https:\/\/github\.com\/[^#?]+\.go(?:[#?].*)?$/.test(url);

/**
 * Checks a file's `claims` value; returns the claims in a normal form and the problems found.
 * A claim that rests only on code must say `observed: true` (and its text must say it is what a
 * tool does today); one with documentation must not.
 * @param {string} name  the file name, for messages
 * @param {unknown} value
 */
export function checkClaims(name, value) {
  const problems = [];
  if (!Array.isArray(value) || value.length === 0) {
    return { claims: [], problems: [`${name}: "claims" must be a non-empty list of { claim, sources }`] };
  }
  const claims = [];
  value.forEach((item, index) => {
    const at = `${name}: claims[${index}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push(`${at} must be a mapping with "claim" and "sources"`);
      return;
    }
    for (const key of Object.keys(item)) {
      if (!CLAIM_FIELDS.includes(key)) problems.push(`${at}: unknown field "${key}" (allowed: ${CLAIM_FIELDS.join(", ")})`);
    }
    const claim = typeof item.claim === "string" ? item.claim.trim().replace(/\s+/g, " ") : "";
    if (claim === "") problems.push(`${at}: "claim" must be a non-empty string`);
    const sources = Array.isArray(item.sources) ? item.sources : [];
    if (sources.length === 0) problems.push(`${at} has no sources: list the pages that back "${claim.slice(0, 60)}"`);
    for (const url of sources) {
      if (typeof url !== "string" || !SOURCE_PREFIXES.some((prefix) => url.startsWith(prefix)) || /\s/.test(url)) {
        problems.push(`${at}: source ${JSON.stringify(url)} must be an https URL under ${SOURCE_PREFIXES.join(", ")}`);
      }
    }
    if (new Set(sources).size !== sources.length) problems.push(`${at} lists a source twice`);
    if (item.observed !== undefined && item.observed !== true) problems.push(`${at}: "observed" is either true or left out`);
    const onlyCode = sources.length > 0 && sources.every((url) => typeof url === "string" && isCodeSource(url));
    if (onlyCode && item.observed !== true) {
      problems.push(`${at} rests only on source code: mark it "observed: true" and say in the text that it is what the tool does today`);
    }
    if (!onlyCode && item.observed === true) problems.push(`${at} is marked observed but cites documentation; drop "observed"`);
    claims.push({ claim, sources, observed: item.observed === true });
  });
  return { claims, problems };
}
