// Draws HeaderLens's icon (an envelope under a magnifying lens) at 16/32/48/128 px into
// public/icon/. No image tools needed: shapes are distance functions, 4×4 supersampled, written
// as PNG with node:zlib. Run: npm run icons
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [31, 111, 235, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const DARK: Rgba = [22, 27, 34, 255];

// Coordinates in a 0..1 square.
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function colourAt(x: number, y: number): Rgba | null {
  // Lens: ring centred at (0.62, 0.6), handle to the lower right.
  const cx = 0.6;
  const cy = 0.58;
  const r = Math.hypot(x - cx, y - cy);
  if (segmentDistance(x, y, 0.76, 0.75, 0.93, 0.93) < 0.075) return DARK;
  if (r < 0.29 && r > 0.215) return DARK;
  // Envelope: rounded body behind the lens.
  const inEnvelope = x > 0.06 && x < 0.84 && y > 0.16 && y < 0.7;
  const flap =
    segmentDistance(x, y, 0.08, 0.2, 0.45, 0.47) < 0.035 ||
    segmentDistance(x, y, 0.45, 0.47, 0.82, 0.2) < 0.035;
  if (r < 0.215) {
    // Through the lens: the envelope is white, the flap shows as blue lines.
    if (inEnvelope && flap) return BLUE;
    return inEnvelope ? WHITE : [230, 238, 252, 255];
  }
  if (inEnvelope) return flap ? WHITE : BLUE;
  return null;
}

function render(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      const n = ss * ss;
      const alpha = a / n;
      const cover = a / 255 || 1;
      row.set(
        [Math.round(r / cover), Math.round(g / cover), Math.round(b / cover), Math.round(alpha)],
        1 + px * 4,
      );
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
console.log('icons written to public/icon/');
