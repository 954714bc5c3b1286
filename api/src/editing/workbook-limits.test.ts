import { deflateRawSync } from "node:zlib";
import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { checkWorkbookSize, WORKBOOK_LIMITS } from "./workbook-limits";

/** A zip of one deflated entry, whose directory may declare a size other than the real one. */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe("a roster workbook's size, checked before it is inflated", () => {
  it("lets a real workbook through", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [{ value: `Member ${i} Srl` }, { value: "Milano" }]);
    const xlsx = await writeXlsxFile([[{ value: "name" }, { value: "city" }], ...rows]).toBuffer();
    expect(() => checkWorkbookSize(new Uint8Array(xlsx), "soci.xlsx")).not.toThrow();
  });

  it("refuses one that declares more than the limit, naming the file and the limit", () => {
    const bomb = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(WORKBOOK_LIMITS.inflatedBytes + 1));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => checkWorkbookSize(bomb, "soci.xlsx")).toThrow(/^soci\.xlsx: the workbook inflates to more than 30 MB/);
  });

  it("refuses one whose directory lies about its size, stopping at the limit", () => {
    const liar = zipOf("xl/sharedStrings.xml", Buffer.alloc(WORKBOOK_LIMITS.inflatedBytes + 1), 100);
    expect(() => checkWorkbookSize(liar, "soci.xlsx")).toThrow(/inflates to more than 30 MB/);
  });

  it("refuses bytes with no zip directory as not a workbook", () => {
    expect(() => checkWorkbookSize(Buffer.from("PK\u0003\u0004 and nothing else"), "x.xlsx")).toThrow(
      "x.xlsx: not a readable XLSX workbook (no zip directory).",
    );
  });
});
