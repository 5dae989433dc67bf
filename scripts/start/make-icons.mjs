// Draws the toolbar icon (a page with lines of text, one highlighted, and a
// score dot) straight into PNG bytes with node:zlib: no image library needed.
// Run `node scripts/start/make-icons.mjs` to rewrite public/icon/{16,32,48,128}.png.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const SUB = 4; // 4x4 samples per pixel for smooth edges

/** Shapes in unit coordinates (0..1), painted in order. */
const SHAPES = [
  { kind: 'rrect', x: 0.04, y: 0.04, w: 0.92, h: 0.92, r: 0.2, color: [31, 58, 95] },
  { kind: 'rrect', x: 0.17, y: 0.22, w: 0.58, h: 0.11, r: 0.055, color: [201, 214, 232] },
  { kind: 'rrect', x: 0.17, y: 0.43, w: 0.66, h: 0.15, r: 0.06, color: [255, 210, 74] },
  { kind: 'rrect', x: 0.17, y: 0.68, w: 0.4, h: 0.11, r: 0.055, color: [201, 214, 232] },
  { kind: 'circle', cx: 0.76, cy: 0.73, r: 0.17, color: [255, 255, 255] },
  { kind: 'circle', cx: 0.76, cy: 0.73, r: 0.125, color: [46, 164, 79] },
];

function inside(s, x, y) {
  if (s.kind === 'circle') return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const rx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const ry = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - rx) ** 2 + (y - ry) ** 2 <= s.r ** 2;
}

/** RGBA pixels, straight alpha, averaged over the sub-samples. */
export function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (pxi + (sx + 0.5) / SUB) / size;
          const y = (py + (sy + 0.5) / SUB) / size;
          let c = null;
          for (const s of SHAPES) if (inside(s, x, y)) c = s.color;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + pxi) * 4;
      if (a) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((a / (SUB * SUB)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../public/icon/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const bytes = png(size, draw(size));
    writeFileSync(`${dir}${size}.png`, bytes);
    console.log(`public/icon/${size}.png  ${bytes.length} bytes`);
  }
}
