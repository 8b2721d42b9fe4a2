import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { Manifest } from "../../src/model/manifest.js";
import { evaluatePodSecurity } from "../../src/policy/pod-security.js";
import { podSecurityShape } from "../../src/policy/pod-security-shape.js";
import { podSecurityLine, podSecurityLineByService } from "../../src/views/pod-security.js";

/**
 * compare's footer evaluates each podSecurityShape once: two specs of one shape must meet the same level
 * and fail the same controls, and the footer's lines must be what evaluating every pod gives. Random pod
 * specs from small vocabularies, edited field by field (so shapes repeat), each with a twin that differs
 * only in names, paths and open host ports' numbers.
 */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const optional = <T extends Record<string, unknown>>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(fields, { requiredKeys: [] });
const bool = fc.constantFrom(true, false, undefined);
const profile = optional({ type: fc.constantFrom("RuntimeDefault", "Localhost", "Unconfined") });
const commonContext = {
  runAsNonRoot: bool,
  runAsUser: fc.constantFrom(0, 1000, undefined),
  seccompProfile: profile,
  windowsOptions: optional({ hostProcess: bool }),
  appArmorProfile: profile,
  seLinuxOptions: optional({ type: fc.constantFrom("", "container_t", "spc_t"), user: fc.constantFrom("", "u"), role: fc.constantFrom("", "r"), level: fc.constant("s0") }),
};
const podFields = { ...commonContext, sysctls: fc.array(fc.record({ name: fc.constantFrom("net.ipv4.tcp_syncookies", "net.core.somaxconn"), value: fc.constant("1") }), { maxLength: 2 }) };
const podContext = optional(podFields);
const capability = fc.constantFrom("ALL", "NET_BIND_SERVICE", "CHOWN", "NET_ADMIN", "NET_RAW");
const containerFields = {
  ...commonContext,
  privileged: bool,
  allowPrivilegeEscalation: bool,
  procMount: fc.constantFrom("Default", "Unmasked"),
  capabilities: optional({ add: fc.array(capability, { maxLength: 2 }), drop: fc.array(capability, { maxLength: 2 }) }),
};
const containerContext = optional(containerFields);
const ports = fc.array(fc.record({ containerPort: fc.constant(8080), hostPort: fc.constantFrom(undefined, 0, 80, 8080) }), { maxLength: 2 });
const container = fc.record({
  name: fc.constantFrom("app", "sidecar"),
  image: fc.constant("example/app:1"),
  securityContext: maybe(containerContext),
  ports: maybe(ports),
}) as fc.Arbitrary<IContainer>;
const volume = fc.oneof(
  fc.record({ name: fc.constantFrom("a", "b"), emptyDir: fc.constant({}) }),
  fc.record({ name: fc.constantFrom("a", "b"), hostPath: fc.record({ path: fc.constantFrom("/var/run/docker.sock", "/data") }) }),
  fc.record({ name: fc.constantFrom("a", "b"), persistentVolumeClaim: fc.record({ claimName: fc.constantFrom("a", "b") }) }),
  fc.record({ name: fc.constantFrom("a", "b"), nfs: fc.record({ server: fc.constant("nas"), path: fc.constant("/exports") }) }),
  fc.record({ name: fc.constantFrom("a", "b"), configMap: fc.record({ name: fc.constant("c") }), secret: fc.record({ secretName: fc.constant("s") }) }),
);
const podSpec = optional({
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  securityContext: podContext,
  volumes: fc.array(volume, { maxLength: 2 }),
  containers: fc.array(container, { minLength: 1, maxLength: 2 }),
  initContainers: fc.array(container, { maxLength: 2 }),
  ephemeralContainers: fc.array(container, { maxLength: 1 }),
}) as fc.Arbitrary<IPodSpec>;

/**
 * One field of a spec set to another value (or to undefined), so that a run of edited specs differs field by
 * field: a shape that left out a field a control reads would give two of them one shape and two verdicts.
 */
type Edit = (spec: IPodSpec) => void;
type Fields = Record<string, fc.Arbitrary<unknown>>;
const fieldEdits = (fields: Fields, at: fc.Arbitrary<(spec: IPodSpec) => Record<string, unknown> | undefined>) =>
  Object.entries(fields).map(([key, value]) => fc.tuple(at, value).map(([of, v]): Edit => (spec) => {
    const target = of(spec);
    if (target !== undefined) target[key] = v;
  }));
const containerAt = fc.tuple(fc.constantFrom("containers", "initContainers", "ephemeralContainers"), fc.nat(1)).map(([list, index]) => (spec: IPodSpec) =>
  (spec as unknown as Record<string, IContainer[] | undefined>)[list]?.[index] as unknown as Record<string, unknown> | undefined);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  ...fieldEdits({ hostNetwork: bool, hostPID: bool, hostIPC: bool, volumes: fc.array(volume, { maxLength: 2 }) }, fc.constant((spec) => spec as unknown as Record<string, unknown>)),
  ...fieldEdits(podFields, fc.constant((spec) => (spec.securityContext ??= {}) as Record<string, unknown>)),
  ...fieldEdits(containerFields, containerAt.map((of) => (spec: IPodSpec) => {
    const container = of(spec);
    return container === undefined ? undefined : ((container.securityContext ??= {}) as Record<string, unknown>);
  })),
  ...fieldEdits({ ports, securityContext: containerContext }, containerAt),
  ...fieldEdits({ hostPath: fc.constantFrom(undefined, { path: "/data" }), emptyDir: fc.constantFrom(undefined, {}), nfs: fc.constantFrom(undefined, { server: "nas", path: "/" }) },
    fc.nat(1).map((index) => (spec: IPodSpec) => spec.volumes?.[index] as unknown as Record<string, unknown> | undefined)),
);
/** A spec and the specs after each edit in turn. */
const editedSpecs = fc.tuple(podSpec, fc.array(edit, { maxLength: 25 })).map(([spec, edits]) => {
  const specs = [spec];
  for (const apply of edits) {
    const next = structuredClone(specs.at(-1)!);
    apply(next);
    specs.push(next);
  }
  return specs;
});

/** The same spec with every name, host path and open host port changed: what the shape leaves out. */
function twin(spec: IPodSpec): IPodSpec {
  const renamed = (list: IContainer[] | undefined) =>
    list?.map((c) => ({ ...c, name: `${c.name}-2`, ports: c.ports?.map((port) => (port.hostPort === undefined || port.hostPort === 0 ? port : { ...port, hostPort: port.hostPort + 1 })) }));
  return {
    ...spec,
    containers: renamed(spec.containers) ?? [],
    ...(spec.initContainers === undefined ? {} : { initContainers: renamed(spec.initContainers) }),
    ...(spec.ephemeralContainers === undefined ? {} : { ephemeralContainers: renamed(spec.ephemeralContainers) as IPodSpec["ephemeralContainers"] }),
    ...(spec.volumes === undefined ? {} : { volumes: spec.volumes.map((v) => ({ ...v, name: `${v.name}-2`, ...(v.hostPath === undefined ? {} : { hostPath: { path: `${v.hostPath.path}/x` } }) })) }),
  };
}

const verdict = (spec: IPodSpec) => {
  const { level, findings } = evaluatePodSecurity(spec);
  return { level, failed: [...new Set(findings.map((finding) => `${finding.level} ${finding.control}`))] };
};
const deployment = (spec: IPodSpec, service: string): Manifest => ({
  object: { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: service }, spec: { selector: {}, template: { spec } } },
  source: ["services", service],
  explanations: [],
  fieldNotes: [],
});

describe("podSecurityShape", () => {
  it("is shared only by specs that meet the same level and fail the same controls", () => {
    fc.assert(
      fc.property(editedSpecs, (specs) => {
        const byShape = new Map<string, ReturnType<typeof verdict>>();
        for (const spec of [...specs, ...specs.map(twin)]) {
          const shape = podSecurityShape(spec);
          const known = byShape.get(shape);
          if (known === undefined) byShape.set(shape, verdict(spec));
          else expect(verdict(spec)).toEqual(known);
        }
        for (const spec of specs) expect(podSecurityShape(twin(spec))).toBe(podSecurityShape(spec));
      }),
      { numRuns: 300 },
    );
  });

  it("gives compare's footer the line of evaluating every pod", () => {
    fc.assert(
      fc.property(editedSpecs, (specs) => {
        const all = [...specs, ...specs.map(twin)];
        const lineOf = podSecurityLineByService(all.map((spec, i) => deployment(spec, `s${i}`)));
        all.forEach((spec, i) => expect(lineOf(`s${i}`)).toBe(podSecurityLine(evaluatePodSecurity(spec))));
        expect(lineOf("missing")).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("keeps apart what JSON alone would run together", () => {
    const apart = (a: IPodSpec, b: IPodSpec) => expect(podSecurityShape(a)).not.toBe(podSecurityShape(b));
    const base: IPodSpec = { containers: [{ name: "app" }] };
    apart({ ...base, volumes: [{ name: "v", hostPath: undefined, emptyDir: {} } as never] }, { ...base, volumes: [{ name: "v", emptyDir: {} }] });
    apart({ ...base, volumes: [{ name: "v", ['configMap",hostPath']: {} } as never] }, { ...base, volumes: [{ name: "v", configMap: {}, hostPath: { path: "/" } } as never] });
    apart({ containers: [{ name: "a", securityContext: {} }] }, { containers: [{ name: "a" }] });
    apart({ containers: [{ name: "a" }], initContainers: [{ name: "b" }] }, { containers: [{ name: "a" }, { name: "b" }] });
  });
});
