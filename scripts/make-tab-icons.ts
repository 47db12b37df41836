/**
 * Draws the four tab-bar icons (grey and selected red) as PNGs into src/assets/tab/. Run once by hand
 * (`npx tsx scripts/make-tab-icons.ts`) when the icons change; the PNGs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 81;
type Shape = (x: number, y: number) => boolean;

const inRect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

const ICONS: Record<string, Shape> = {
  home: union(
    (x, y) => y >= 12 && y <= 40 && Math.abs(x - 40) <= (y - 12) * 1.15,
    minus(inRect(18, 38, 62, 70), inRect(34, 50, 46, 70)),
  ),
  grid: union(
    ...[0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => inRect(12 + i * 20, 12 + j * 20, 27 + i * 20, 27 + j * 20))),
  ),
  notices: minus(inRect(16, 10, 64, 72), union(inRect(24, 22, 56, 26), inRect(24, 34, 56, 38), inRect(24, 46, 48, 50))),
  me: union(inCircle(40, 26, 14), (x, y) => y >= 46 && y <= 72 && ((x - 40) / 26) ** 2 + ((y - 72) / 26) ** 2 <= 1),
};

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(shape: Shape, [r, g, b]: number[]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) {
      // 4x supersampling for smooth edges.
      let hits = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) if (shape(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.resolve(__dirname, '../src/assets/tab');
fs.mkdirSync(out, { recursive: true });
for (const [name, shape] of Object.entries(ICONS)) {
  fs.writeFileSync(path.join(out, `${name}.png`), png(shape, [0x55, 0x55, 0x55]));
  fs.writeFileSync(path.join(out, `${name}-active.png`), png(shape, [0xb7, 0x1c, 0x1c]));
}
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${out}`);
