import { describe, expect, it } from "vitest";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IContainer } from "kubernetes-models/v1/Container";
import { evaluatePodSecurity, meetsLevel, podSecurityControls } from "../../src/policy/pod-security.js";
import { podSpecOf } from "../../src/policy/pod-spec-parts.js";

/** A container that meets restricted: what `--pod-security restricted` writes for a non-root user. */
const hardened = (extra: IContainer["securityContext"] = {}): IContainer => ({
  name: "app",
  image: "registry.example.com/shop/api:1.4.2",
  securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 1000, capabilities: { drop: ["ALL"] }, ...extra },
});
const restricted = (changes: Partial<IPodSpec> = {}): IPodSpec => ({ securityContext: { seccompProfile: { type: "RuntimeDefault" } }, containers: [hardened()], ...changes });
const controlsOf = (spec: IPodSpec): string[] => [...new Set(evaluatePodSecurity(spec).findings.map((finding) => finding.control))];

describe("Pod Security Standards: each control on both sides", () => {
  // also: the restricted row the same field fails too (restricted is cumulative: it includes baseline).
  const cases: { control: string; passes: IPodSpec; fails: IPodSpec; also?: string }[] = [
    { control: "host-process", passes: restricted(), fails: restricted({ securityContext: { seccompProfile: { type: "RuntimeDefault" }, windowsOptions: { hostProcess: true } } }) },
    { control: "host-namespaces", passes: restricted({ hostNetwork: false }), fails: restricted({ hostPID: true }) },
    { control: "privileged", passes: restricted(), fails: restricted({ containers: [hardened({ privileged: true })] }) },
    { control: "capabilities-baseline", passes: restricted({ containers: [hardened({ capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } })] }), fails: restricted({ containers: [hardened({ capabilities: { drop: ["ALL"], add: ["NET_ADMIN"] } })] }), also: "capabilities-restricted" },
    { control: "host-path-volumes", passes: restricted({ volumes: [{ name: "cache", emptyDir: {} }] }), fails: restricted({ volumes: [{ name: "sock", hostPath: { path: "/var/run/docker.sock" } }] }), also: "volume-types" },
    { control: "host-ports", passes: restricted({ containers: [{ ...hardened(), ports: [{ containerPort: 8080 }] }] }), fails: restricted({ containers: [{ ...hardened(), ports: [{ containerPort: 8080, hostPort: 8080 }] }] }) },
    { control: "apparmor", passes: restricted({ containers: [hardened({ appArmorProfile: { type: "RuntimeDefault" } })] }), fails: restricted({ containers: [hardened({ appArmorProfile: { type: "Unconfined" } })] }) },
    { control: "selinux", passes: restricted({ containers: [hardened({ seLinuxOptions: { type: "container_t", level: "s0:c123,c456" } })] }), fails: restricted({ containers: [hardened({ seLinuxOptions: { type: "spc_t" } })] }) },
    { control: "proc-mount", passes: restricted({ containers: [hardened({ procMount: "Default" })] }), fails: restricted({ containers: [hardened({ procMount: "Unmasked" })] }) },
    { control: "seccomp-baseline", passes: restricted(), fails: restricted({ securityContext: { seccompProfile: { type: "Unconfined" } } }), also: "seccomp-restricted" },
    { control: "sysctls", passes: restricted({ securityContext: { seccompProfile: { type: "RuntimeDefault" }, sysctls: [{ name: "net.ipv4.tcp_keepalive_time", value: "600" }] } }), fails: restricted({ securityContext: { seccompProfile: { type: "RuntimeDefault" }, sysctls: [{ name: "net.core.somaxconn", value: "1024" }] } }) },
    { control: "volume-types", passes: restricted({ volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data" } }] }), fails: restricted({ volumes: [{ name: "share", nfs: { server: "nas.internal", path: "/exports" } }] }) },
    { control: "privilege-escalation", passes: restricted(), fails: restricted({ containers: [hardened({ allowPrivilegeEscalation: true })] }) },
    { control: "run-as-non-root", passes: restricted({ securityContext: { seccompProfile: { type: "RuntimeDefault" }, runAsNonRoot: true }, containers: [hardened({ runAsNonRoot: undefined })] }), fails: restricted({ securityContext: { seccompProfile: { type: "RuntimeDefault" }, runAsNonRoot: true }, containers: [hardened({ runAsNonRoot: false })] }) },
    { control: "run-as-non-root-user", passes: restricted(), fails: restricted({ containers: [hardened({ runAsUser: 0 })] }) },
    { control: "seccomp-restricted", passes: restricted({ securityContext: {}, containers: [hardened({ seccompProfile: { type: "Localhost", localhostProfile: "profiles/api.json" } })] }), fails: restricted({ securityContext: {} }) },
    { control: "capabilities-restricted", passes: restricted({ containers: [hardened({ capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } })] }), fails: restricted({ containers: [hardened({ capabilities: { drop: ["NET_RAW"] } })] }) },
  ];

  it("covers every control of the table, each once", () => {
    expect(cases.map((entry) => entry.control).sort()).toEqual(podSecurityControls.map((control) => control.id).sort());
  });

  for (const { control, passes, fails, also } of cases) {
    it(`${control}: passes when allowed, fails (only itself) when not`, () => {
      expect(controlsOf(passes)).toEqual([]);
      expect(controlsOf(fails)).toEqual(also === undefined ? [control] : [control, also]);
    });
  }
});

describe("evaluatePodSecurity", () => {
  it("a plain pod as Compose would run it meets baseline, not restricted, and says why", () => {
    const plain: IPodSpec = { containers: [{ name: "web", image: "nginx:1.27" }] };
    const result = evaluatePodSecurity(plain);
    expect(result.level).toBe("baseline");
    expect(result.findings.map((finding) => finding.control)).toEqual(["privilege-escalation", "run-as-non-root", "seccomp-restricted", "capabilities-restricted"]);
    expect(result.findings[0]).toMatchObject({ level: "restricted", field: ["containers", 0, "securityContext", "allowPrivilegeEscalation"] });
  });

  it("init containers count like app containers", () => {
    const spec = restricted({ initContainers: [{ name: "wait-for-db", image: "busybox:1.36" }] });
    expect(evaluatePodSecurity(spec).findings.every((finding) => finding.field[0] === "initContainers")).toBe(true);
    expect(evaluatePodSecurity(spec).level).toBe("baseline");
  });

  it("a privileged container or a host path makes the pod privileged", () => {
    expect(evaluatePodSecurity(restricted({ containers: [hardened({ privileged: true })] })).level).toBe("privileged");
    expect(evaluatePodSecurity({ containers: [{ name: "agent", image: "datadog/agent:7" }], volumes: [{ name: "proc", hostPath: { path: "/proc" } }] }).level).toBe("privileged");
    expect(evaluatePodSecurity(restricted()).level).toBe("restricted");
  });

  it("levels order: restricted meets baseline, baseline does not meet restricted", () => {
    expect(meetsLevel("restricted", "baseline")).toBe(true);
    expect(meetsLevel("baseline", "restricted")).toBe(false);
    expect(meetsLevel("privileged", "privileged")).toBe(true);
  });
});

describe("podSpecOf", () => {
  it("finds the pod spec of each workload kind, none for a Service", () => {
    const spec = { containers: [] };
    expect(podSpecOf({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { template: { spec } } })?.at).toEqual(["spec", "template", "spec"]);
    expect(podSpecOf({ apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "backup" }, spec: { jobTemplate: { spec: { template: { spec } } } } })?.spec).toBe(spec);
    expect(podSpecOf({ apiVersion: "v1", kind: "Service", metadata: { name: "web" } })).toBeUndefined();
  });
});
