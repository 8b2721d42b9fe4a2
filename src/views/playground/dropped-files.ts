/*
 * Files dropped on the page or chosen with "Add files": plain files, or whole folders (Chromium and
 * Firefox give folder entries through webkitGetAsEntry). Each comes back with its path relative to what
 * was dropped ("myapp/compose.yaml" for a folder myapp) and its text.
 */

export interface DroppedFile {
  path: string;
  text: string;
}

/** Files larger than this are not project text people edit here (a database dump, an image). */
const MAX_BYTES = 1_000_000;

export async function filesOfDrop(transfer: DataTransfer): Promise<DroppedFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
  if (entries.length === 0) return filesOfList(transfer.files);
  const found: DroppedFile[] = [];
  for (const entry of entries) await walk(entry, "", found);
  return found;
}

export async function filesOfList(list: FileList): Promise<DroppedFile[]> {
  const files = Array.from(list);
  const found: DroppedFile[] = [];
  for (const file of files) if (file.size <= MAX_BYTES) found.push({ path: file.webkitRelativePath || file.name, text: await file.text() });
  return found;
}

async function walk(entry: FileSystemEntry, prefix: string, found: DroppedFile[]): Promise<void> {
  const path = `${prefix}${entry.name}`;
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    if (file.size <= MAX_BYTES) found.push({ path, text: await file.text() });
  } else if (isDirectory(entry)) {
    for (const child of await readAll(entry.createReader())) await walk(child, `${path}/`, found);
  }
}

/** A directory reader returns its entries in batches until an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
