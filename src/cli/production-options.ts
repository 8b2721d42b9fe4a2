import { type Command, InvalidArgumentError, Option } from "commander";
import type { ConvertOptions } from "../model/manifest.js";
import { isQuantity } from "../model/quantities.js";

/** --pod-security and --default-resources. */
export interface ProductionFlags {
  podSecurity?: ConvertOptions["podSecurity"];
  defaultResources?: ConvertOptions["defaultResources"];
}

const RESOURCES = ["cpu", "memory"] as const;
const EXAMPLE = "--default-resources cpu=100m,memory=128Mi";

/**
 * "cpu=100m,memory=128Mi" → { cpu: "100m", memory: "128Mi" }; either may be left out. A mistake names
 * the part and its column in the value: "at 5: 'cpus' is not cpu or memory".
 */
export function parseDefaultResources(value: string): NonNullable<ConvertOptions["defaultResources"]> {
  const result: NonNullable<ConvertOptions["defaultResources"]> = {};
  let column = 1;
  for (const part of value.split(",")) {
    const fail = (problem: string): never => {
      throw new InvalidArgumentError(`at ${column}: ${problem}; expected cpu=QUANTITY and/or memory=QUANTITY, for example ${EXAMPLE}`);
    };
    const [key = "", amount, ...rest] = part.split("=");
    const name = key.trim();
    if (amount === undefined || rest.length > 0) fail(`'${part}' is not NAME=QUANTITY`);
    if (!(RESOURCES as readonly string[]).includes(name)) fail(`'${name}' is not cpu or memory`);
    const resource = name as (typeof RESOURCES)[number];
    const written = (amount ?? "").trim();
    if (!isQuantity(written) || /^0+(\.0*)?[a-zA-Z]*$/.test(written)) fail(`'${written}' is not a Kubernetes quantity above zero (100m, 0.5, 128Mi, 1Gi)`);
    if (result[resource] !== undefined) fail(`${resource} is given twice`);
    result[resource] = written;
    column += part.length + 1;
  }
  return result;
}

function level(value: string): NonNullable<ConvertOptions["podSecurity"]> {
  if (value === "baseline" || value === "restricted") return value;
  throw new InvalidArgumentError(`expected baseline or restricted, for example --pod-security restricted ('${value}' is not a level kubepose can aim at; privileged needs nothing)`);
}

export function addProductionOptions(command: Command): Command {
  return command
    .addOption(new Option("--pod-security <level>", "aim at a Pod Security Standards level (baseline or restricted): add the settings it needs that keep the app as it is, report the rest; -n's Namespace enforces it").argParser(level))
    .addOption(new Option("--default-resources <amounts>", `requests and limits for containers whose Compose file sets none, for example ${EXAMPLE}`).argParser(parseDefaultResources));
}

/** The ConvertOptions the production flags ask for. */
export function productionConvertOptions(flags: ProductionFlags): ConvertOptions {
  return {
    ...(flags.podSecurity === undefined ? {} : { podSecurity: flags.podSecurity }),
    ...(flags.defaultResources === undefined ? {} : { defaultResources: flags.defaultResources }),
  };
}
