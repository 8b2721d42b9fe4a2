import type { SourceMap } from "../diagnostics/types.js";
import { relativeNames } from "./relative-names.js";
import type { Connection, ConnectionGraph, PortOrigin } from "../model/connections.js";

/** One edge of the connection graph as the report and compare show it. Fields are only ever added. */
export interface ConnectionRow {
  from: string;
  to: string;
  /** The name used: the service's name or an alias. */
  name: string;
  port?: number;
  /** How the port is known: "written in the reference", "EXPOSE in …", … */
  portFrom?: string;
  /** depends_on, links, environment, env_file, command, entrypoint, healthcheck, mounted-file */
  evidence: Connection["evidence"]["kind"];
  variable?: string;
  text: string;
  file?: string;
  line?: number;
}

const originWords: Record<PortOrigin, string> = {
  reference: "written in the reference",
  scheme: "the URL scheme's default",
  "host-port-pair": "the *_PORT variable beside it",
  ports: "the service's ports",
  expose: "the service's expose",
  dockerfile: "EXPOSE in",
  image: "EXPOSE in",
};

export function connectionRows(graph: ConnectionGraph | undefined, sources: SourceMap | undefined, baseDir: string | undefined): ConnectionRow[] {
  const relative = relativeNames(baseDir);
  return (graph?.connections ?? []).map((connection): ConnectionRow => {
    const { evidence, port } = connection;
    const where = evidence.file ?? sources?.locate(evidence.path);
    const origin = port === undefined ? undefined : `${originWords[port.origin]}${port.source === undefined ? "" : ` ${port.source}`}`;
    return {
      from: connection.from,
      to: connection.to,
      name: connection.name,
      ...(port === undefined ? {} : { port: port.port, portFrom: origin }),
      evidence: evidence.kind,
      ...(evidence.variable === undefined ? {} : { variable: evidence.variable }),
      text: evidence.text,
      ...(where === undefined ? {} : { file: relative(where.file), line: where.line }),
    };
  });
}

/**
 * "reaches db:5432 (DATABASE_URL, compose.yaml:5)" and "reached by web (…)" lines of each service, the rows
 * filed once by the services at both ends (the views ask once per service).
 */
export function peerLinesByService(rows: readonly ConnectionRow[]): (service: string) => string[] {
  const at = (row: ConnectionRow) => [row.variable ?? row.evidence, row.file === undefined ? undefined : `${row.file}:${row.line ?? ""}`].filter((part) => part !== undefined).join(", ");
  const target = (row: ConnectionRow) => `${row.name}${row.port === undefined ? " (no port known)" : `:${row.port}`}`;
  const reaches = new Map<string, string[]>();
  const reachedBy = new Map<string, string[]>();
  const file = (into: Map<string, string[]>, service: string, line: string) => (into.get(service) ?? into.set(service, []).get(service)!).push(line);
  for (const row of rows) {
    file(reaches, row.from, `reaches ${target(row)}${row.name === row.to ? "" : ` = ${row.to}`} (${at(row)})`);
    file(reachedBy, row.to, `reached by ${row.from} at ${target(row)} (${at(row)})`);
  }
  return (service) => [...(reaches.get(service) ?? []), ...(reachedBy.get(service) ?? [])];
}
