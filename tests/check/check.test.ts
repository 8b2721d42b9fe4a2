import { describe, expect, it } from "vitest";
import { checkManifests } from "../../src/check/index.js";
import { changed, cleanObjects, manifestOf, type Change, type FixtureName } from "./check-fixtures.js";

const pod = ["spec", "template", "spec"];
const container = [...pod, "containers", 0];

/** The source path stays the clean object's, so a test can tell it is the manifest's source. */
function findings(name: FixtureName, ...changes: Change[]) {
  return checkManifests([{ ...manifestOf(changed(name, ...changes)), source: manifestOf(cleanObjects[name]!).source }]);
}

describe("a clean, realistic set of objects", () => {
  it.each(Object.keys(cleanObjects))("%s passes every check", (name) => {
    expect(checkManifests([manifestOf(cleanObjects[name]!)])).toEqual([]);
  });
});

type Row = [label: string, fixture: FixtureName, changes: Change[], code: string, field: string];

const rows: Row[] = [
  // object names
  ["name not a DNS subdomain", "deployment", [[["metadata", "name"], "Web_App"]], "output-rule", "metadata.name"],
  ["name longer than 253", "configMap", [[["metadata", "name"], "a".repeat(254)]], "output-rule", "metadata.name"],
  ["Service name starting with a digit", "service", [[["metadata", "name"], "1web"]], "output-rule", "metadata.name"],
  ["Service name longer than 63", "service", [[["metadata", "name"], "w".repeat(64)]], "output-rule", "metadata.name"],
  ["Service name with a dot", "service", [[["metadata", "name"], "web.v2"]], "output-rule", "metadata.name"],
  ["Namespace name with a dot", "namespace", [[["metadata", "name"], "shop.eu"]], "output-rule", "metadata.name"],
  ["CronJob name over 52", "cronJob", [[["metadata", "name"], "b".repeat(53)]], "output-rule", "metadata.name"],
  ["StatefulSet name over 52", "statefulSet", [[["metadata", "name"], "s".repeat(53)]], "output-rule", "metadata.name"],
  // pod name resolution and placement
  ["hostAlias ip not an address", "deployment", [[[...pod, "hostAliases"], [{ ip: "999.0.0.1", hostnames: ["h2"] }]]], "output-rule", "spec.template.spec.hostAliases[0].ip"],
  ["hostAlias hostname with _", "deployment", [[[...pod, "hostAliases"], [{ ip: "10.0.0.5", hostnames: ["my_host"] }]]], "output-rule", "spec.template.spec.hostAliases[0].hostnames[0]"],
  ["nameserver not an address", "deployment", [[[...pod, "dnsConfig"], { nameservers: ["80:"] }]], "output-rule", "spec.template.spec.dnsConfig.nameservers[0]"],
  ["four nameservers", "deployment", [[[...pod, "dnsConfig"], { nameservers: ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"] }]], "output-rule", "spec.template.spec.dnsConfig.nameservers"],
  ["33 search domains", "deployment", [[[...pod, "dnsConfig"], { searches: Array.from({ length: 33 }, (_, i) => `d${i}.example`) }]], "output-rule", "spec.template.spec.dnsConfig.searches"],
  ["nodeSelector value over 63", "deployment", [[[...pod, "nodeSelector"], { "kubernetes.io/arch": "a".repeat(64) }]], "output-rule", "spec.template.spec.nodeSelector.kubernetes.io/arch"],
  ["nodeSelector key with a space", "deployment", [[[...pod, "nodeSelector"], { "disk type": "ssd" }]], "output-rule", "spec.template.spec.nodeSelector.disk type"],
  // Service types
  ["headless Service of type NodePort", "service", [[["spec", "clusterIP"], "None"], [["spec", "type"], "NodePort"]], "output-rule", "spec.type"],
  ["nodePort on a ClusterIP Service", "service", [[["spec", "ports", 0, "nodePort"], 30080]], "output-rule", "spec.ports[0].nodePort"],
  ["namespace not a label", "configMap", [[["metadata", "namespace"], "Shop"]], "output-rule", "metadata.namespace"],
  // labels and annotations
  ["label key with two slashes", "deployment", [[["metadata", "labels", "a/b/c"], "x"]], "output-rule", "metadata.labels.a/b/c"],
  ["label key name over 63", "deployment", [[["metadata", "labels", `example.com/${"k".repeat(64)}`], "x"]], "output-rule", "metadata.labels.example.com/kkk"],
  ["label key with a space", "service", [[["metadata", "labels", "my label"], "x"]], "output-rule", "metadata.labels.my label"],
  ["label value over 63", "deployment", [[["metadata", "labels", "tier"], "v".repeat(64)]], "output-rule", "metadata.labels.tier"],
  ["label value ending in -", "deployment", [[[...pod.slice(0, 2), "metadata", "labels", "tier"], "front-"]], "output-rule", "spec.template.metadata.labels.tier"],
  ["selector label value invalid", "service", [[["spec", "selector", "app.kubernetes.io/name"], "web app"]], "output-rule", "spec.selector.app.kubernetes.io/name"],
  ["annotation key invalid", "deployment", [[["metadata", "annotations", "-bad"], "x"]], "output-rule", "metadata.annotations.-bad"],
  ["claim template label value invalid", "statefulSet", [[["spec", "volumeClaimTemplates", 0, "metadata", "labels", "tier"], "-db-"]], "output-rule", "spec.volumeClaimTemplates[0].metadata.labels.tier"],
  ["claim template annotation key invalid", "statefulSet", [[["spec", "volumeClaimTemplates", 0, "metadata", "annotations", "-bad"], "x"]], "output-rule", "spec.volumeClaimTemplates[0].metadata.annotations.-bad"],
  ["CronJob job template label key invalid", "cronJob", [[["spec", "jobTemplate", "metadata", "labels", "-tier"], "web"]], "output-rule", "spec.jobTemplate.metadata.labels.-tier"],
  ["init container name invalid", "deployment", [[[...pod, "initContainers"], [{ name: "Wait_DB", image: "busybox" }]]], "output-rule", "spec.template.spec.initContainers[0].name"],
  ["init container env name invalid", "deployment", [[[...pod, "initContainers"], [{ name: "wait", image: "busybox", env: [{ name: "1X", value: "y" }] }]]], "output-rule", "spec.template.spec.initContainers[0].env[0].name"],
  ["annotations over 256 KiB", "deployment", [[["metadata", "annotations", "big"], "x".repeat(300_000)]], "output-rule", "metadata.annotations"],
  // workloads
  ["selector not on the template", "deployment", [[["spec", "selector", "matchLabels", "tier"], "web"]], "output-rule", "spec.selector.matchLabels.tier"],
  ["StatefulSet selector value differs", "statefulSet", [[["spec", "selector", "matchLabels", "app"], "other"]], "output-rule", "spec.selector.matchLabels.app"],
  ["Deployment restartPolicy Never", "deployment", [[[...pod, "restartPolicy"], "Never"]], "output-rule", "spec.template.spec.restartPolicy"],
  ["Job restartPolicy Always", "job", [[[...pod, "restartPolicy"], "Always"]], "output-rule", "spec.template.spec.restartPolicy"],
  ["Job restartPolicy unset", "job", [[[...pod, "restartPolicy"], undefined]], "output-rule", "spec.template.spec.restartPolicy"],
  ["CronJob restartPolicy Always", "cronJob", [[["spec", "jobTemplate", ...pod, "restartPolicy"], "Always"]], "output-rule", "spec.jobTemplate.spec.template.spec.restartPolicy"],
  // containers
  ["container name not a label", "deployment", [[[...container, "name"], "Web"]], "output-rule", "spec.template.spec.containers[0].name"],
  ["duplicate container name", "deployment", [[[...pod, "initContainers"], [{ name: "web", image: "busybox" }]]], "output-rule", "spec.template.spec.containers[0].name"],
  ["port name over 15", "deployment", [[[...container, "ports", 0, "name"], "http-alternative"]], "output-rule", "spec.template.spec.containers[0].ports[0].name"],
  ["port name without a letter", "deployment", [[[...container, "ports", 0, "name"], "8080"]], "output-rule", "spec.template.spec.containers[0].ports[0].name"],
  ["port name with --", "deployment", [[[...container, "ports", 0, "name"], "a--b"]], "output-rule", "spec.template.spec.containers[0].ports[0].name"],
  ["port name uppercase", "deployment", [[[...container, "ports", 0, "name"], "HTTP"]], "output-rule", "spec.template.spec.containers[0].ports[0].name"],
  ["duplicate port name", "deployment", [[[...container, "ports", 1], { name: "http", containerPort: 81 }]], "output-rule", "spec.template.spec.containers[0].ports[1].name"],
  ["containerPort 0", "deployment", [[[...container, "ports", 0, "containerPort"], 0]], "output-rule", "spec.template.spec.containers[0].ports[0].containerPort"],
  ["containerPort 70000", "deployment", [[[...container, "ports", 0, "containerPort"], 70000]], "output-rule", "spec.template.spec.containers[0].ports[0].containerPort"],
  ["hostPort 70000", "deployment", [[[...container, "ports", 0, "hostPort"], 70000]], "output-rule", "spec.template.spec.containers[0].ports[0].hostPort"],
  ["env name starting with a digit", "deployment", [[[...container, "env", 0, "name"], "1VAR"]], "output-rule", "spec.template.spec.containers[0].env[0].name"],
  ["env name with =", "deployment", [[[...container, "env", 0, "name"], "A=B"]], "output-rule", "spec.template.spec.containers[0].env[0].name"],
  // volumes
  ["mount of an undeclared volume", "deployment", [[[...container, "volumeMounts", 0, "name"], "cache"]], "output-rule", "spec.template.spec.containers[0].volumeMounts[0].name"],
  ["duplicate volume name", "deployment", [[[...pod, "volumes", 1, "name"], "data"]], "output-rule", "spec.template.spec.volumes[1].name"],
  ["volume name not a label", "deployment", [[[...pod, "volumes", 0, "name"], "my_data"], [[...container, "volumeMounts", 0, "name"], "my_data"]], "output-rule", "spec.template.spec.volumes[0].name"],
  ["duplicate mountPath", "deployment", [[[...container, "volumeMounts", 1, "mountPath"], "/var/lib/web"]], "output-rule", "spec.template.spec.containers[0].volumeMounts[1].mountPath"],
  ["absolute subPath", "deployment", [[[...container, "volumeMounts", 1, "subPath"], "/default.conf"]], "output-rule", "spec.template.spec.containers[0].volumeMounts[1].subPath"],
  ["subPath with ..", "deployment", [[[...container, "volumeMounts", 1, "subPath"], "conf/../../etc"]], "output-rule", "spec.template.spec.containers[0].volumeMounts[1].subPath"],
  // services
  ["Service port 0", "service", [[["spec", "ports", 0, "port"], 0]], "output-rule", "spec.ports[0].port"],
  ["Service ports duplicated", "service", [[["spec", "ports", 1, "port"], 80]], "output-rule", "spec.ports[1].port"],
  ["Service port names duplicated", "service", [[["spec", "ports", 1, "name"], "http"]], "output-rule", "spec.ports[1].name"],
  ["Service port name over 63", "service", [[["spec", "ports", 0, "name"], "p".repeat(64)]], "output-rule", "spec.ports[0].name"],
  ["Service port name not a DNS label", "service", [[["spec", "ports", 0, "name"], "Http_Port"]], "output-rule", "spec.ports[0].name"],
  ["Service port name ending in -", "service", [[["spec", "ports", 0, "name"], "http-"]], "output-rule", "spec.ports[0].name"],
  ["unnamed port among several", "service", [[["spec", "ports", 1, "name"], undefined]], "output-rule", "spec.ports[1]"],
  ["targetPort 0", "service", [[["spec", "ports", 1, "targetPort"], 0]], "output-rule", "spec.ports[1].targetPort"],
  ["targetPort bad name", "service", [[["spec", "ports", 0, "targetPort"], "Http_Port"]], "output-rule", "spec.ports[0].targetPort"],
  // config data
  ["ConfigMap key with a slash", "configMap", [[["data", "conf/app.ini"], "x"]], "output-rule", "data.conf/app.ini"],
  ["ConfigMap key ..", "configMap", [[["data", ".."], "x"]], "output-rule", "data..."],
  ["Secret key with a space", "secret", [[["stringData", "db password"], "x"]], "output-rule", "stringData.db password"],
  ["ConfigMap key in data and binaryData", "configMap", [[["binaryData", "LOG_LEVEL"], "aW5mbw=="]], "output-rule", "binaryData.LOG_LEVEL"],
  ["ConfigMap over 1 MiB", "configMap", [[["data", "big"], "x".repeat(1_100_000)]], "output-rule", "data"],
  // schema
  ["image not a string", "deployment", [[[...container, "image"], 3]], "output-schema", "spec.template.spec.containers[0].image"],
  ["containers missing", "deployment", [[[...pod, "containers"], undefined]], "output-schema", "spec.template.spec.containers"],
  ["targetPort boolean", "service", [[["spec", "ports", 0, "targetPort"], true]], "output-schema", "spec.ports[0].targetPort"],
  ["replicas as a string", "deployment", [[["spec", "replicas"], "2"]], "output-schema", "spec.replicas"],
  // unknown fields
  ["misspelt container field", "deployment", [[[...container, "imagePolicy"], "Always"]], "output-unknown-field", "spec.template.spec.containers[0].imagePolicy"],
  ["unknown top-level field", "configMap", [[["spec"], {}]], "output-unknown-field", "spec"],
  ["unknown field in metadata", "service", [[["metadata", "label"], { a: "b" }]], "output-unknown-field", "metadata.label"],
  ["unknown field deep in a probe", "deployment", [[[...container, "readinessProbe", "httpGet", "url"], "/"]], "output-unknown-field", "spec.template.spec.containers[0].readinessProbe.httpGet.url"],
  ["unknown field in a claim template", "statefulSet", [[["spec", "volumeClaimTemplates", 0, "spec", "size"], "5Gi"]], "output-unknown-field", "spec.volumeClaimTemplates[0].spec.size"],
  // kinds
  ["unknown apiVersion", "deployment", [[["apiVersion"], "extensions/v1beta1"]], "output-unknown-kind", ""],
  ["unknown kind", "configMap", [[["kind"], "Pod"]], "output-unknown-kind", ""],
];

describe("output check", () => {
  it.each(rows)("%s", (_label, fixture, changes, code, field) => {
    const found = findings(fixture, ...changes);
    expect(found.map((d) => d.code)).toContain(code);
    const match = found.find((d) => d.code === code)!;
    expect(match.severity).toBe("error");
    expect(match.path).toEqual(["services", cleanObjects[fixture]!.metadata.name]);
    expect(match.message).toContain(`${changed(fixture, ...changes).kind}/`);
    expect(match.message).toContain(field);
  });

  it("tells apart two apiVersions of one kind, and each finding names its own object", () => {
    const known = manifestOf(changed("deployment", [["metadata", "name"], "Web_App"]));
    const unknown = manifestOf(changed("deployment", [["apiVersion"], "extensions/v1beta1"]));
    const found = checkManifests([known, unknown, known]);
    expect(found.map((d) => d.code)).toEqual(["output-rule", "output-unknown-kind", "output-rule"]);
    expect(found.every((d) => d.message.includes("Deployment/"))).toBe(true);
    expect(found[0]?.message).toContain("Deployment/Web_App");
  });

  it("names the closest known fields for a misspelt one", () => {
    const [finding] = findings("deployment", [[...container, "imagePolicy"], "Always"]);
    expect(finding?.message).toMatch(/closest are: imagePullPolicy/);
  });

  it("reports a string-or-integer field once", () => {
    const found = findings("service", [["spec", "ports", 0, "targetPort"], true]);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("must be string or integer");
  });

  it("accepts what the API server accepts at the edges", () => {
    expect(findings("deployment", [[...container, "ports", 0, "containerPort"], 65535], [[...container, "ports", 0, "name"], "a-1-b-2-c-3-d-4"])).toEqual([]);
    expect(findings("deployment", [["metadata", "labels", "empty"], ""], [["metadata", "labels", `${"d".repeat(60)}.io/${"n".repeat(63)}`], "v"])).toEqual([]);
    expect(findings("service", [["spec", "ports"], [{ port: 80 }]])).toEqual([]);
  });

  // validateServicePort: a Service port name is a DNS-1123 label (63); a container port name is an
  // IANA_SVC_NAME (15, with a letter), and so is a targetPort given by name.
  it("holds Service port names to DNS-1123 labels and container port names to IANA_SVC_NAME", () => {
    expect(findings("service", [["spec", "ports", 0, "name"], "http-alternative"], [["spec", "ports", 1, "name"], "p".repeat(63)])).toEqual([]);
    expect(findings("service", [["spec", "ports", 0, "name"], "8080"])).toEqual([]);
    expect(findings("deployment", [[...container, "ports", 0, "name"], "http-alternative"]).map((d) => d.message)).toEqual([
      expect.stringContaining('"http-alternative" is not a valid container port name. Expected an IANA service name: at most 15'),
    ]);
    expect(findings("service", [["spec", "ports", 0, "targetPort"], "http-alternative"]).map((d) => d.code)).toEqual(["output-rule"]);
    expect(findings("service", [["spec", "ports", 0, "name"], "p".repeat(64)]).map((d) => d.message)).toEqual([
      expect.stringContaining("is not a valid Service port name. Expected a DNS-1123 label: at most 63"),
    ]);
  });
});
