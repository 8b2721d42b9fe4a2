import { describe, expect, it } from "vitest";
import { parseDefaultResources } from "../../src/cli/production-options.js";

describe("--default-resources", () => {
  it("takes cpu and memory as Kubernetes quantities, either or both", () => {
    expect(parseDefaultResources("cpu=100m,memory=128Mi")).toEqual({ cpu: "100m", memory: "128Mi" });
    expect(parseDefaultResources("memory=1Gi")).toEqual({ memory: "1Gi" });
    expect(parseDefaultResources(" cpu = 0.5 ")).toEqual({ cpu: "0.5" });
  });

  it.each([
    ["cpus=1", "at 1: 'cpus' is not cpu or memory"],
    ["cpu=100m,memory=128MB", "at 10: '128MB' is not a Kubernetes quantity above zero"],
    ["cpu=100m,memory", "at 10: 'memory' is not NAME=QUANTITY"],
    ["cpu=0", "at 1: '0' is not a Kubernetes quantity above zero"],
    ["cpu=1,cpu=2", "at 7: cpu is given twice"],
  ])("%s is refused with the column of the mistake and an example", (value, problem) => {
    expect(() => parseDefaultResources(value)).toThrow(problem);
    expect(() => parseDefaultResources(value)).toThrow("for example --default-resources cpu=100m,memory=128Mi");
  });
});
