/**
 * Writes app/favicon.ico from app/icon.svg (issue 9 item 15), so that browsers which ask for /favicon.ico
 * rather than read the SVG <link> get the same mark. Run after changing the mark: `npx tsx scripts/favicon.ts`.
 * The .ico holds PNG images (16, 32 and 48 px), which every browser since Windows Vista's era reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const SIZES = [16, 32, 48];
const root = path.resolve(import.meta.dirname, '..');

async function main() {
  const svg = readFileSync(path.join(root, 'app/icon.svg'));
  const images = await Promise.all(SIZES.map((size) => sharp(svg, { density: 384 }).resize(size, size).png().toBuffer()));

  // ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data.
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(SIZES[index] % 256, entry); // width (0 would mean 256)
    header.writeUInt8(SIZES[index] % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  writeFileSync(path.join(root, 'app/favicon.ico'), Buffer.concat([header, ...images]));
  for (const [index, size] of SIZES.entries()) writeFileSync(path.join(root, `screenshots/favicon-${size}.png`), images[index]);
}

void main();
