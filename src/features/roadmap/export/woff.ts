// WOFF 1 to the plain TrueType/OpenType (sfnt) it wraps: each table is only
// zlib-compressed. The PDF export hands fontkit the sfnt, not the WOFF: fontkit
// inflates WOFF tables with tiny-inflate, which misreads the cmap of at least one
// shipped Noto Sans SC file (noto-sans-sc-101), so its characters would have no
// glyph. The browser's own zlib (DecompressionStream) reads them all.

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const ENTRY_SIZE = 20;

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const padded = (length: number) => (length + 3) & ~3;

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < HEADER_SIZE || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  if (HEADER_SIZE + numTables * ENTRY_SIZE > woff.byteLength) throw new Error('WOFF table directory is cut off');
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = HEADER_SIZE + i * ENTRY_SIZE;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    if (offset + compLength > woff.byteLength) throw new Error('WOFF table runs past the end of the file');
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length once inflated');
    tables.push({ tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data });
  }
  tables.sort((a, b) => a.tag - b.tag);

  const directorySize = 12 + 16 * numTables;
  const sfnt = new Uint8Array(directorySize + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  const out = new DataView(sfnt.buffer);
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)));
  const searchRange = 16 * 2 ** entrySelector;
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, numTables * 16 - searchRange);
  let offset = directorySize;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
