/**
 * An image reference split the way Docker reads it: `[registry[:port]/]path[:tag][@digest]`. The tag is
 * the part after the last ":" of the last path segment, so "localhost:5000/app" has no tag.
 * Joining the parts again gives back the reference as written.
 */
export interface ImageReference {
  repository: string;
  tag: string;
  digest: string;
}

export function parseImage(reference: string): ImageReference {
  const at = reference.indexOf("@");
  const named = at === -1 ? reference : reference.slice(0, at);
  const digest = at === -1 ? "" : reference.slice(at + 1);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  if (colon > lastSlash) return { repository: named.slice(0, colon), tag: named.slice(colon + 1), digest };
  return { repository: named, tag: "", digest };
}

export const joinImage = (image: ImageReference): string =>
  `${image.repository}${image.tag === "" ? "" : `:${image.tag}`}${image.digest === "" ? "" : `@${image.digest}`}`;
