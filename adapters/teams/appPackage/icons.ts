/**
 * The two icons Teams wants, drawn in code so the package needs no image files: a 192×192
 * colour icon (a white speech bubble on the accent colour) and a 32×32 outline icon (white on
 * transparent). PNG written by hand: signature, IHDR, one zlib-compressed IDAT, IEND.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
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

type Pixel = [number, number, number, number];

/** An RGBA PNG of size×size from a function of the pixel's centre in [0, 1]². */
export function png(size: number, paint: (x: number, y: number) => Pixel): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = paint((x + 0.5) / size, (y + 0.5) / size);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A speech bubble: a rounded body and a tail at the bottom left. */
function bubble(x: number, y: number): boolean {
  const inBody = x > 0.2 && x < 0.8 && y > 0.22 && y < 0.62 && !(corner(x, y, 0.2, 0.22) || corner(x, y, 0.8, 0.22) || corner(x, y, 0.2, 0.62) || corner(x, y, 0.8, 0.62));
  const inTail = y >= 0.6 && y < 0.78 && x > 0.3 && x < 0.3 + (0.78 - y) * 0.9;
  return inBody || inTail;
}

function corner(x: number, y: number, cx: number, cy: number): boolean {
  const r = 0.08;
  const dx = Math.abs(x - cx);
  const dy = Math.abs(y - cy);
  return dx < r && dy < r && Math.hypot(r - dx, r - dy) > r;
}

const WHITE: Pixel = [255, 255, 255, 255];
const ACCENT: Pixel = [0x1f, 0x4e, 0x79, 255];
const CLEAR: Pixel = [0, 0, 0, 0];

export function colorIcon(): Buffer {
  return png(192, (x, y) => (bubble(x, y) ? WHITE : ACCENT));
}

export function outlineIcon(): Buffer {
  return png(32, (x, y) => (bubble(x, y) ? WHITE : CLEAR));
}

/** Width and height from a PNG's IHDR (for checks). */
export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.subarray(1, 4).toString('ascii') !== 'PNG' || buf.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
