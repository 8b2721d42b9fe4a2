import {
  deviceTarget, envFilePath, keyOfAssignment, mountTarget, portKey, subnet, volumeTarget, wholeItem, type ItemKey,
} from "./merge-keys.js";
import { childOf, isMapping, isReset, untagged, type Provenance, type Sourced } from "./merge-values.js";
import { put } from "../model/own-keys.js";

/** What a strategy may ask of the merge: the default merge of two mappings (which applies the rules below them). */
export interface Merger {
  mappings(base: Sourced, over: Sourced, path: readonly string[]): Sourced;
  /** Reports two values of shapes that cannot merge (a mapping over a list); the later one is kept. */
  mismatch(base: Sourced, over: Sourced, path: readonly string[]): Sourced;
}

/** How a later file's value combines with an earlier one at one path. */
export type Strategy = (base: Sourced, over: Sourced, path: readonly string[], merger: Merger) => Sourced;

type Item = { value: unknown; from: Provenance };

/** The items of a sequence; a lone scalar is one item (`dns: 8.8.8.8`, `tmpfs: /run`), null none. */
function itemsOf(side: Sourced): Item[] {
  if (Array.isArray(side.value)) {
    return side.value.flatMap((value: unknown, index) => (isReset(value) ? [] : [{ value: untagged(value), from: childOf(side.from, index) }]));
  }
  return side.value === null || side.value === undefined ? [] : [{ value: untagged(side.value), from: side.from }];
}

function sequence(items: readonly Item[], origin: Provenance["origin"]): Sourced {
  return { value: items.map((item) => item.value), from: { origin, children: new Map(items.map((item, index) => [index, item.from])) } };
}

/** Later items replace earlier ones with the same key, in the earlier one's place; items without a key are added. */
function unique(items: readonly Item[], key: ItemKey): Item[] {
  const result: Item[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const identity = key(item.value);
    const earlier = identity === undefined ? undefined : seen.get(identity);
    if (earlier !== undefined) result[earlier] = item;
    else {
      if (identity !== undefined) seen.set(identity, result.length);
      result.push(item);
    }
  }
  return result;
}

/** `command: [echo, bar]` replaces `command: [echo, foo]`. */
const replace: Strategy = (_base, over) => ({ value: untagged(over.value), from: over.from });

/** Appended, an item with the same key as an earlier one replacing it: ports, volumes, dns… */
const appendUnique = (key: ItemKey): Strategy => (base, over, path, merger) =>
  isMapping(base.value) || isMapping(over.value)
    ? merger.mismatch(base, over, path)
    : sequence(unique([...itemsOf(base), ...itemsOf(over)], key), over.from.origin);

type Entry = { key: string; value: unknown; from: Provenance };

/** `FOO: bar` and `- FOO=bar` are both the entry FOO → "bar"; `- FOO` is FOO → null (taken from the shell). */
function entriesOf(side: Sourced): Entry[] | undefined {
  if (isMapping(side.value)) return Object.entries(side.value).map(([key, value]) => ({ key, value, from: childOf(side.from, key) }));
  if (!Array.isArray(side.value)) return side.value === null || side.value === undefined ? [] : undefined;
  const entries: Entry[] = [];
  for (const [index, item] of side.value.entries()) {
    if (typeof item !== "string") return undefined;
    const equals = item.indexOf("=");
    const key = equals < 0 ? item : item.slice(0, equals);
    entries.push({ key, value: equals < 0 ? null : item.slice(equals + 1), from: childOf(side.from, index) });
  }
  return entries;
}

/**
 * environment, labels, args…: merged by key across the list and mapping syntaxes. Two lists stay a list;
 * otherwise the result is a mapping, later keys winning (`FOO: !reset null` removes FOO).
 */
const byKey: Strategy = (base, over, path, merger) => {
  const bothLists = !isMapping(base.value) && !isMapping(over.value);
  const baseEntries = entriesOf(base);
  const overEntries = entriesOf(over);
  if (bothLists || !baseEntries || !overEntries) return bothLists ? appendUnique(keyOfAssignment)(base, over, path, merger) : merger.mismatch(base, over, path);
  const value: Record<string, unknown> = {};
  const children = new Map<string | number, Provenance>();
  for (const entry of [...baseEntries, ...overEntries]) {
    if (isReset(entry.value)) {
      delete value[entry.key];
      children.delete(entry.key);
      continue;
    }
    put(value, entry.key, untagged(entry.value));
    children.set(entry.key, entry.from);
  }
  return { value, from: { origin: over.from.origin, children } };
};

/** Keys such as "__proto__" are data here, never the prototype (model/own-keys.ts). */
export { put };

/** extra_hosts: two mappings merge by host name; otherwise "host=ip" items, identical ones once. */
const hosts: Strategy = (base, over, path, merger) => {
  if (isMapping(base.value) && isMapping(over.value)) return byKey(base, over, path, merger);
  const items = (side: Sourced): Item[] => {
    if (!isMapping(side.value)) return itemsOf(side);
    return Object.entries(side.value).flatMap(([host, ips]) =>
      (Array.isArray(ips) ? ips : [ips]).map((ip: unknown) => ({ value: `${host}=${String(ip)}`, from: childOf(side.from, host) })),
    );
  };
  return sequence(unique([...items(base), ...items(over)], wholeItem), over.from.origin);
};

/** depends_on, networks: `[db]` and `{db: {…}}` both name db; two lists stay a list. */
const byName = (entry: () => unknown): Strategy => (base, over, path, merger) => {
  if (!isMapping(base.value) && !isMapping(over.value)) return appendUnique(wholeItem)(base, over, path, merger);
  const asMapping = (side: Sourced): Sourced => {
    if (!Array.isArray(side.value)) return side;
    const value: Record<string, unknown> = {};
    const children = new Map<string | number, Provenance>();
    for (const [index, name] of side.value.entries()) {
      if (typeof name !== "string") continue;
      put(value, name, entry());
      children.set(name, childOf(side.from, index));
    }
    return { value, from: { origin: side.from.origin, children } };
  };
  const [left, right] = [asMapping(base), asMapping(over)];
  return isMapping(left.value) && isMapping(right.value) ? merger.mappings(left, right, path) : replace(base, over, path, merger);
};

/** logging: options merge when both name the same driver (or one names none); another driver replaces all. */
const logging: Strategy = (base, over, path, merger) => {
  if (!isMapping(base.value) || !isMapping(over.value)) return replace(base, over, path, merger);
  const [before, after] = [base.value.driver, over.value.driver];
  return before === undefined || after === undefined || before === after ? merger.mappings(base, over, path) : replace(base, over, path, merger);
};

/** build: "./app" is {context: ./app}, so a later `build: {args: …}` adds to it. */
const build: Strategy = (base, over, path, merger) => {
  const asMapping = (side: Sourced): Sourced =>
    typeof side.value === "string" ? { value: { context: side.value }, from: { origin: side.from.origin, children: new Map([["context", side.from]]) } } : side;
  const [left, right] = [asMapping(base), asMapping(over)];
  return isMapping(left.value) && isMapping(right.value) ? merger.mappings(left, right, path) : replace(base, over, path, merger);
};

/** ulimits.nofile: {soft, hard} merge; a single number replaces. */
const mappingOrReplace: Strategy = (base, over, path, merger) =>
  isMapping(base.value) && isMapping(over.value) ? merger.mappings(base, over, path) : replace(base, over, path, merger);

const sameItemOnce = appendUnique(wholeItem);

/**
 * The rules of 13-merge.md and docker compose, by path ("*" is any name). Paths not listed merge by
 * default: mappings key by key, sequences appended, scalars replaced.
 */
export const mergeRules: Record<string, Strategy> = {
  "services.*.command": replace,
  "services.*.entrypoint": replace,
  "services.*.healthcheck.test": replace,
  "services.*.ports": appendUnique(portKey),
  "services.*.expose": sameItemOnce,
  "services.*.volumes": appendUnique(volumeTarget),
  "services.*.devices": appendUnique(deviceTarget),
  "services.*.secrets": appendUnique(mountTarget("/run/secrets")),
  "services.*.configs": appendUnique(mountTarget("")),
  "services.*.env_file": appendUnique(envFilePath),
  "services.*.environment": byKey,
  "services.*.labels": byKey,
  "services.*.annotations": byKey,
  "services.*.sysctls": byKey,
  "services.*.build.args": byKey,
  "services.*.build.labels": byKey,
  "services.*.build.additional_contexts": byKey,
  "services.*.deploy.labels": byKey,
  "networks.*.labels": byKey,
  "volumes.*.labels": byKey,
  "services.*.extra_hosts": hosts,
  "services.*.build.extra_hosts": hosts,
  "services.*.dns": sameItemOnce,
  "services.*.dns_opt": sameItemOnce,
  "services.*.dns_search": sameItemOnce,
  "services.*.tmpfs": sameItemOnce,
  "services.*.cap_add": sameItemOnce,
  "services.*.cap_drop": sameItemOnce,
  "services.*.security_opt": sameItemOnce,
  "services.*.group_add": sameItemOnce,
  "services.*.external_links": sameItemOnce,
  "services.*.links": sameItemOnce,
  "services.*.profiles": sameItemOnce,
  "services.*.label_file": sameItemOnce,
  "services.*.build.tags": sameItemOnce,
  "services.*.build.platforms": sameItemOnce,
  "services.*.build.cache_from": sameItemOnce,
  "services.*.build.cache_to": sameItemOnce,
  "services.*.networks.*.aliases": sameItemOnce,
  "services.*.networks.*.link_local_ips": sameItemOnce,
  "services.*.depends_on": byName(() => ({ condition: "service_started", required: true })),
  "services.*.networks": byName(() => null),
  "services.*.models": byName(() => null),
  "services.*.logging": logging,
  "services.*.build": build,
  "services.*.ulimits.*": mappingOrReplace,
  "networks.*.ipam.config": appendUnique(subnet),
};

const compiled = Object.entries(mergeRules).map(([pattern, strategy]) => ({ segments: pattern.split("."), strategy }));

export function ruleFor(path: readonly string[]): Strategy | undefined {
  return compiled.find(({ segments }) => segments.length === path.length && segments.every((s, i) => s === "*" || s === path[i]))?.strategy;
}

