import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

/** Files at least this large show progress while they are read. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a UTF-8 file, calling `progress` with a short line at every tenth of a large file.
 *
 * @param path - An absolute path.
 * @param progress - Where progress lines go (standard error).
 * @returns The text.
 */
export async function readTextWithProgress(
  path: string,
  progress: (line: string) => void,
): Promise<string> {
  const { size } = await stat(path);
  const chunks: Buffer[] = [];
  let read = 0;
  let reported = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    read += buffer.length;
    const tenth = Math.floor((10 * read) / Math.max(size, 1));
    if (size >= LARGE_FILE_BYTES && tenth > reported) {
      reported = tenth;
      progress(`reading: ${tenth * 10}% of ${(size / 1e6).toFixed(1)} MB`);
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether a file is large enough to report the later steps too. */
export function isLargeFile(text: string): boolean {
  return text.length >= LARGE_FILE_BYTES;
}
