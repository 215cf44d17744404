// Draws the app icons (a house with a level door on a teal ground) as PNG files in public/icons.
// Run once after changing the design: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 94, 102];
const WHITE = [255, 255, 255];
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Is the point (x, y), in units of the icon's content box 0..1, part of the house? */
function isHouse(x, y) {
  const roof = y >= 0.1 && y <= 0.45 && Math.abs(x - 0.5) <= (y - 0.1) * (0.5 / 0.35);
  const body = y > 0.45 && y <= 0.9 && x >= 0.18 && x <= 0.82;
  const door = y > 0.6 && y <= 0.9 && x >= 0.43 && x <= 0.57;
  return (roof || body) && !door;
}

function drawIcon(size, contentScale) {
  const rows = [];
  const margin = (1 - contentScale) / 2;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const x = ((px + 0.5) / size - margin) / contentScale;
      const y = ((py + 0.5) / size - margin) / contentScale;
      const colour = isHouse(x, y) ? WHITE : TEAL;
      row.set(colour, 1 + px * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', drawIcon(192, 0.8));
writeFileSync('public/icons/icon-512.png', drawIcon(512, 0.8));
writeFileSync('public/icons/icon-maskable-512.png', drawIcon(512, 0.6));
writeFileSync('public/icons/apple-touch-icon-180.png', drawIcon(180, 0.7));
writeFileSync('public/icons/favicon-32.png', drawIcon(32, 0.9));
