import type { IProbe } from "kubernetes-models/v1/Probe";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import { wholeSeconds } from "../../model/quantities.js";
import { callingLocalhost, ownNames } from "../../connect/index.js";
import { probeWithShell, type SecretReferences } from "../shared/secret-references.js";
import { pathUnder } from "../../model/paths.js";

/** Compose's defaults when a healthcheck leaves a timing out. */
export const composeHealthcheckDefaults = { intervalSeconds: 30, timeoutSeconds: 30, retries: 3 } as const;

const PROBE = [...CONTAINER, "readinessProbe"];
const PROBE_FIELDS = {
  exec: [...PROBE, "exec"],
  periodSeconds: [...PROBE, "periodSeconds"],
  timeoutSeconds: [...PROBE, "timeoutSeconds"],
  failureThreshold: [...PROBE, "failureThreshold"],
};
/** Why a timing the healthcheck leaves out has the value it has. */
const PROBE_DEFAULTS = {
  periodSeconds: `Compose default ${composeHealthcheckDefaults.intervalSeconds}s`,
  timeoutSeconds: `Compose default ${composeHealthcheckDefaults.timeoutSeconds}s`,
  failureThreshold: `Compose default ${composeHealthcheckDefaults.retries} retries`,
};

/**
 * healthcheck → a readinessProbe only. A failing Compose healthcheck marks the container unhealthy and
 * does nothing else (no restart); failing readiness likewise only takes the pod out of its Service's
 * endpoints. A livenessProbe would restart the container, which Compose never does, and a startupProbe
 * kills the container when it fails, so neither is written. start_period needs no field: a pod is not
 * ready until its first successful check, just as a Compose container is "starting" until then, and
 * failures before that count for nothing in either. Timings are whole seconds, rounded up.
 */
export function convertHealthcheck(service: Service, secrets: SecretReferences, collector: Collector): IProbe | undefined {
  const check = service.healthcheck;
  if (check === undefined || check.disabled) return undefined;
  if (check.test === undefined || check.test.length === 0) {
    collector.report(diagnostic("healthcheck-without-test", check.path, { service: service.name }));
    return undefined;
  }
  collector.explain("healthcheck-to-probes");
  const probePath = PROBE;
  collector.note(probePath, "Compose healthcheck: unhealthy pods leave the Service but are not restarted (no livenessProbe)");
  if (check.startPeriodSeconds !== undefined) {
    collector.note([...probePath, "periodSeconds"], "start_period not needed: the pod is unready until its first success");
  }
  collector.trace(probePath, check.path);
  const testPath = pathUnder(check.path, "test");
  collector.trace(PROBE_FIELDS.exec, testPath);
  const timing = (field: keyof typeof PROBE_DEFAULTS, key: string, written: number | undefined): void => {
    if (written !== undefined) collector.trace(PROBE_FIELDS[field], pathUnder(check.path, key));
    else collector.defaulted(PROBE_FIELDS[field], PROBE_DEFAULTS[field]);
  };
  timing("periodSeconds", "interval", check.intervalSeconds);
  timing("timeoutSeconds", "timeout", check.timeoutSeconds);
  timing("failureThreshold", "retries", check.retries);
  const local = callingLocalhost(check.test, ownNames(service));
  if (local !== undefined) {
    collector.report(diagnostic("probe-own-name", testPath, { service: service.name }));
    collector.note(PROBE_FIELDS.exec, "calls localhost: through its own Service the pod could never become ready");
  }
  const test = local ?? check.test;
  const uses = secrets.under(testPath);
  if (uses.length > 0) {
    collector.report(diagnostic("secret-probe-shell", testPath, { variable: uses.map((use) => use.variable).join(", "), name: uses[0]?.name ?? "" }));
    collector.note([...PROBE_FIELDS.exec, "command"], "run through /bin/sh: it reads the credential from the Secret's variable");
  }
  return {
    exec: { command: uses.length > 0 ? probeWithShell(test, uses) : test },
    periodSeconds: wholeSeconds(check.intervalSeconds ?? composeHealthcheckDefaults.intervalSeconds),
    timeoutSeconds: wholeSeconds(check.timeoutSeconds ?? composeHealthcheckDefaults.timeoutSeconds),
    failureThreshold: Math.max(1, check.retries ?? composeHealthcheckDefaults.retries),
  };
}
