import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Service } from "../model/project.js";

const name = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*\$?$/;
const numeric = /^\d+$/;

/** `user: "1000"`, `"1000:1000"`, `"www-data"`, `"app:staff"` → user/group, with uid/gid when numeric. */
export function parseUser(text: string | undefined, path: Path, out: Diagnostic[]): Service["user"] {
  if (text === undefined) return undefined;
  const [user = "", group, extra] = text.split(":");
  if (!name.test(user) || extra !== undefined || (group !== undefined && !name.test(group))) {
    out.push(diagnostic("user-syntax", path, { value: text }));
    return undefined;
  }
  return {
    user,
    ...(group === undefined ? {} : { group }),
    ...(numeric.test(user) ? { uid: Number(user) } : {}),
    ...(group !== undefined && numeric.test(group) ? { gid: Number(group) } : {}),
    path,
  };
}
