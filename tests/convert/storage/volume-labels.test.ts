import { describe, expect, it } from "vitest";
import type { ConvertOptions } from "../../../src/model/manifest.js";
import type { Service, VolumeMount } from "../../../src/model/project.js";
import { find, get, project, run, service } from "../builder.js";

const named: VolumeMount = { type: "volume", source: "data", target: "/data", readOnly: false, path: ["services", "db", "volumes", 0] };
const hostBind: VolumeMount = { type: "bind", source: "/var/log", target: "/logs", readOnly: true, insideProject: false, path: ["services", "db", "volumes", 1] };
const volumes = { data: { name: "shop_data", external: false, driverOpts: {}, labels: {}, path: ["volumes", "data"] } };
const db = (labels: Record<string, string>, overrides: Partial<Service> = {}) => service("db", { labels, volumes: [named], ...overrides });
const claimSpec = (manifests: ReturnType<typeof run>["manifests"]) => find(manifests, "PersistentVolumeClaim", "data").object.spec;

describe("kompose.volume.size and .storage-class-name", () => {
  it.each<[string, Record<string, string>, Record<string, string>, ConvertOptions, Record<string, unknown>]>([
    ["the default", {}, {}, {}, { resources: { requests: { storage: "1Gi" } } }],
    ["--pvc-request-size", {}, {}, { volumeSize: "3Gi" }, { resources: { requests: { storage: "3Gi" } } }],
    ["the service's label over the option", { "kompose.volume.size": "10Gi" }, {}, { volumeSize: "3Gi" }, { resources: { requests: { storage: "10Gi" } } }],
    ["the volume's own label over the service's", { "kompose.volume.size": "10Gi" }, { "kompose.volume.size": "20Gi" }, {}, { resources: { requests: { storage: "20Gi" } } }],
    ["a storage class", { "kompose.volume.storage-class-name": "fast-ssd" }, {}, {}, { storageClassName: "fast-ssd" }],
  ])("%s", (_, serviceLabels, volumeLabels, options, spec) => {
    const definitions = { data: { ...volumes.data, labels: volumeLabels } };
    const { manifests } = run(project([db(serviceLabels)], { volumes: definitions }), options);
    expect(claimSpec(manifests)).toMatchObject(spec);
    // Kompose labels configure the claim; they are not copied as annotations.
    expect(find(manifests, "PersistentVolumeClaim", "data").object.metadata.annotations).toBeUndefined();
  });
});

describe("kompose.volume.type and --volumes", () => {
  it.each<[string, Record<string, string>, ConvertOptions, unknown[], boolean]>([
    ["persistentVolumeClaim (default)", {}, {}, [{ name: "data", persistentVolumeClaim: { claimName: "data" } }, { name: "placeholder-1", emptyDir: {} }], true],
    ["emptyDir by label", { "kompose.volume.type": "emptyDir" }, {}, [{ name: "data", emptyDir: {} }, { name: "bind-1", emptyDir: {} }], false],
    ["emptyDir by --volumes", {}, { volumes: "emptyDir" }, [{ name: "data", emptyDir: {} }, { name: "bind-1", emptyDir: {} }], false],
    ["hostPath by label", { "kompose.volume.type": "hostpath" }, {}, [{ name: "data", persistentVolumeClaim: { claimName: "data" } }, { name: "host-1", hostPath: { path: "/var/log" } }], true],
    ["the label over --volumes", { "kompose.volume.type": "persistentVolumeClaim" }, { volumes: "emptyDir" }, [{ name: "data", persistentVolumeClaim: { claimName: "data" } }, { name: "placeholder-1", emptyDir: {} }], true],
    ["configMap (project files are ConfigMaps already)", { "kompose.volume.type": "configMap" }, {}, [{ name: "data", persistentVolumeClaim: { claimName: "data" } }, { name: "placeholder-1", emptyDir: {} }], true],
  ])("%s", (_, labels, options, podVolumes, claim) => {
    const { manifests } = run(project([db(labels, { volumes: [named, hostBind] })], { volumes }), options);
    expect(get(find(manifests, "Deployment", "db").object, "spec", "template", "spec", "volumes")).toEqual(podVolumes);
    expect(manifests.some((manifest) => manifest.object.kind === "PersistentVolumeClaim")).toBe(claim);
  });
});

describe("kompose.volume.sub-path", () => {
  it.each(["kompose.volume.sub-path", "kompose.volume.subpath"])("%s mounts a sub-directory of named volumes", (label) => {
    const { manifests } = run(project([db({ [label]: "/pg-data" })], { volumes }));
    expect(get(find(manifests, "Deployment", "db").object, "spec", "template", "spec", "containers", 0, "volumeMounts")).toEqual([{ name: "data", mountPath: "/data", subPath: "pg-data" }]);
  });

  it("leaves a mount's own subpath alone", () => {
    const { manifests } = run(project([db({ "kompose.volume.sub-path": "x" }, { volumes: [{ ...named, subpath: "own" }] })], { volumes }));
    expect(get(find(manifests, "Deployment", "db").object, "spec", "template", "spec", "containers", 0, "volumeMounts", 0, "subPath")).toBe("own");
  });
});
