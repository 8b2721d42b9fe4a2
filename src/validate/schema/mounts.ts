import { z } from "zod";
import { composeObject, oneOfWords, uniqueList, commonSchemas, once } from "./common.js";

/**
 * What a service publishes and mounts. Short syntaxes ("8080:80/tcp", "data:/var/lib/x:ro") are only
 * type-checked here; the normalize stage parses them and reports their syntax errors.
 */
export const mountSchemas = once(() => {
  const { booleanOrString, integer, integerOrString, listOrDict, numberOrString } = commonSchemas();

  /** Long syntax of `ports`: {target: 80, published: "8080", protocol: tcp, mode: ingress}. */
  const portLong = composeObject({
    name: z.string().optional(),
    mode: z.string().optional(),
    host_ip: z.string().optional(),
    target: integerOrString.optional(),
    published: integerOrString.optional(),
    protocol: z.string().optional(),
    app_protocol: z.string().optional(),
  });
  const ports = uniqueList(z.union([z.number(), z.string(), portLong]));

  /** Long syntax of service `volumes`: {type: volume, source: data, target: /var/lib/x, volume: {nocopy: true}}. */
  const serviceVolumeLong = composeObject({
    type: oneOfWords(["bind", "volume", "tmpfs", "cluster", "npipe", "image"]),
    source: z.string().optional(),
    target: z.string().optional(),
    read_only: booleanOrString.optional(),
    consistency: z.string().optional(),
    bind: composeObject({
      propagation: z.string().optional(),
      create_host_path: booleanOrString.optional(),
      recursive: oneOfWords(["enabled", "disabled", "writable", "readonly"]).optional(),
      selinux: oneOfWords(["z", "Z"]).optional(),
    }).optional(),
    volume: composeObject({
      labels: listOrDict.optional(),
      nocopy: booleanOrString.optional(),
      subpath: z.string().optional(),
    }).optional(),
    tmpfs: composeObject({
      size: z.union([integer.min(0), z.string()]).optional(),
      mode: numberOrString.optional(),
    }).optional(),
    image: composeObject({ subpath: z.string().optional() }).optional(),
  });
  const serviceVolumes = uniqueList(z.union([z.string(), serviceVolumeLong]));

  /** `devices`: "/dev/ttyUSB0:/dev/ttyUSB0:rwm" or {source, target, permissions}. */
  const deviceLong = composeObject({
    source: z.string(),
    target: z.string().optional(),
    permissions: z.string().optional(),
  });
  const devices = z.array(z.union([z.string(), deviceLong]));

  /** `blkio_config` entries: {path: /dev/sda, rate: "12mb"} and {path: /dev/sda, weight: 400}. */
  /** blkio_config and its entries are the spec's only service objects without `x-` extensions. */
  const noExtensions = { extensions: false };
  const blkioLimit = composeObject({ path: z.string().optional(), rate: integerOrString.optional() }, noExtensions);
  const blkioWeight = composeObject({ path: z.string().optional(), weight: integerOrString.optional() }, noExtensions);
  const blkioConfig = composeObject({
    device_read_bps: z.array(blkioLimit).optional(),
    device_read_iops: z.array(blkioLimit).optional(),
    device_write_bps: z.array(blkioLimit).optional(),
    device_write_iops: z.array(blkioLimit).optional(),
    weight: integerOrString.optional(),
    weight_device: z.array(blkioWeight).optional(),
  }, noExtensions);
  return { portLong, ports, serviceVolumeLong, serviceVolumes, deviceLong, devices, blkioConfig };
});

type Schemas = ReturnType<typeof mountSchemas>;
export type ComposePort = z.infer<Schemas["portLong"]>;
export type ComposeServiceVolume = z.infer<Schemas["serviceVolumeLong"]>;
export type ComposeDevice = z.infer<Schemas["deviceLong"]>;
export type ComposeBlkioConfig = z.infer<Schemas["blkioConfig"]>;
