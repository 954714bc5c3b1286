import { inflateRawSync } from "node:zlib";
import { EditError } from "./edit-error";

/** What a roster workbook may inflate to: a 5,000-row sheet is a few MB of XML. */
export const WORKBOOK_LIMITS = { entries: 1_000, inflatedBytes: 30 * 2 ** 20 } as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  localOffset: number;
}

function entries(zip: Buffer, fileName: string): Entry[] {
  const bad = (why: string) => new EditError(`${fileName}: not a readable XLSX workbook (${why}).`);
  // The end-of-central-directory record is in the last 22 bytes, or before a comment of up to 64 KiB.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad("no zip directory");
  const count = zip.readUInt16LE(end + 10);
  if (count > WORKBOOK_LIMITS.entries)
    throw new EditError(
      `${fileName}: the workbook holds ${count} files; a roster holds at most ${WORKBOOK_LIMITS.entries}.`,
    );
  const out: Entry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw bad("a damaged zip directory");
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      declared: zip.readUInt32LE(at + 24),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/**
 * Refuses a workbook that would inflate past the limits, before any library inflates it: first
 * by the sizes its directory declares, then by inflating each entry with the rest of the budget as
 * the most it may give (a zip bomb whose directory lies stops at the budget, not at its size).
 */
export function checkWorkbookSize(bytes: Uint8Array, fileName: string): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = entries(zip, fileName);
  const tooBig = () =>
    new EditError(
      `${fileName}: the workbook inflates to more than ${WORKBOOK_LIMITS.inflatedBytes / 2 ** 20} MB; a roster of ` +
        `5,000 rows is a few MB. Save it again, or split it.`,
    );
  const declared = list.reduce((sum, e) => sum + e.declared, 0);
  if (declared > WORKBOOK_LIMITS.inflatedBytes) throw tooBig();
  let budget = WORKBOOK_LIMITS.inflatedBytes;
  for (const e of list) {
    if (e.localOffset + 30 > zip.length || zip.readUInt32LE(e.localOffset) !== LOCAL) continue;
    const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
    const data = zip.subarray(start, start + e.compressed);
    let size = data.length;
    if (e.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooBig();
        throw new EditError(`${fileName}: not a readable XLSX workbook (${e.name} does not inflate).`);
      }
    }
    budget -= size;
    if (budget < 0) throw tooBig();
  }
}
