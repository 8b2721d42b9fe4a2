/**
 * The zod schema of a Compose file *as written* (after interpolation), and the types inferred from it.
 * It mirrors /work/shared/compose-spec/compose-spec.json; the parts live in ./schema/.
 */
import { serviceSchemas } from "./schema/service.js";
import { topLevelSchemas } from "./schema/top-level.js";

/** The schemas, built on first use (only when the generated fast check finds a document invalid). */
export const composeFileSchema = () => topLevelSchemas().composeFile;
export const serviceSchema = () => serviceSchemas().service;
export type {
  ComposeFile,
  ComposeNetwork,
  ComposeVolume,
  ComposeSecret,
  ComposeConfig,
  ComposeModel,
  ComposeInclude,
} from "./schema/top-level.js";
export type { ComposeService, RestartAsWritten, ComposeLogging, ComposeCredentialSpec, ComposeProvider } from "./schema/service.js";
export type {
  ComposeDeploy,
  ComposeResources,
  ComposeRestartPolicy,
  ComposePlacement,
  ComposeUpdateConfig,
  ComposeDeviceRequest,
  ComposeGpus,
} from "./schema/deploy.js";
export type { ComposeBuild } from "./schema/build.js";
export type { ComposeHealthcheck, ComposeServiceHook, ComposePreStartHook, ComposeDevelop } from "./schema/healthcheck.js";
export type { ComposePort, ComposeServiceVolume, ComposeDevice, ComposeBlkioConfig } from "./schema/mounts.js";
export type {
  ComposeDependsOn,
  ComposeServiceNetwork,
  ComposeServiceModel,
  ComposeExtends,
  ComposeEnvFile,
} from "./schema/links.js";
export type {
  ListOrDict,
  StringOrList,
  ComposeCommand,
  ComposeExtraHosts,
  ComposeUlimit,
  ComposeServiceConfigOrSecret,
} from "./schema/common.js";
