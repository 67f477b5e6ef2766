// The code sheets as a person meets them: the PDF rendered to pixels (poppler's pdftoppm, as a
// printer would) and every QR code read back by a QR decoder; the text of every code found
// inside its own cell; the SVG's code lines narrower than their cells. `.ci/run` installs
// poppler-utils; without it the print checks fail with the install command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { newPublicId, newVotingCode } from '../security/secrets.js';
import type { IssuedCode } from '../storage/records.js';
import { codeLines } from './code-lines.js';
import { qrContent } from './qr-content.js';
import { qrSheetPdf } from './qr-sheet-pdf.js';
import { CODE_FONT_SIZE, qrSheetSvg } from './qr-sheet.js';

const codes: IssuedCode[] = Array.from({ length: 12 }, () => {
  const id = newPublicId('c-');
  return { id, code: newVotingCode(), voter: id };
});
const voteUrl = 'https://ngo.example/vote?m={meeting}&c={code}';
const dir = mkdtempSync(join(tmpdir(), 'qy-sheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'latin1' });
  if (run.error) {
    throw new Error(`${tool} not found: install it with \`apt-get install poppler-utils\``);
  }
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
  return run.stdout;
}

// A4 in points and the PDF's layout (qr-sheet-pdf.ts): 40 pt margins, a 40 pt title band,
// three columns and four rows of cells.
const page = { width: 595.28, height: 841.89 };
const cell = { width: (page.width - 80) / 3, height: (page.height - 80 - 40) / 4 };
const cellOrigin = (slot: number) => ({
  x: 40 + (slot % 3) * cell.width,
  y: 80 + Math.floor(slot / 3) * cell.height,
});

describe('the printed PDF code sheet', () => {
  const pdfPath = join(dir, 'sheet.pdf');
  const ready = qrSheetPdf(codes, { title: 'Review', meetingId: 'qingyuan-2008', voteUrl }).then(
    (pdf) => writeFileSync(pdfPath, pdf),
  );

  it('scans: every QR code, printed at 150 dpi, reads back as its vote link', async () => {
    await ready;
    const dpi = 150;
    poppler('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', pdfPath, join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const scale = dpi / 72;
    for (const [slot, issued] of codes.entries()) {
      const origin = cellOrigin(slot);
      const left = Math.round(origin.x * scale);
      const top = Math.round(origin.y * scale);
      const width = Math.round(cell.width * scale);
      const height = Math.round(cell.height * scale);
      const pixels = new Uint8ClampedArray(width * height * 4);
      for (let row = 0; row < height; row++) {
        const from = ((top + row) * png.width + left) * 4;
        pixels.set(png.data.subarray(from, from + width * 4), row * width * 4);
      }
      const read = jsQR(pixels, width, height);
      expect(read?.data, `QR code of cell ${slot + 1}`).toBe(
        qrContent(issued, 'qingyuan-2008', voteUrl),
      );
    }
  });

  it('is typable: each code is printed whole, at least 10 pt, inside its own cell', async () => {
    await ready;
    const html = poppler('pdftotext', ['-bbox', pdfPath, '-']);
    const words = [
      ...html.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!,
    }));
    for (const [slot, issued] of codes.entries()) {
      const origin = cellOrigin(slot);
      for (const line of codeLines(issued.code)) {
        const word = words.find((w) => w.text === line);
        expect(word, `line ${line} of cell ${slot + 1}`).toBeDefined();
        expect(word!.xMin).toBeGreaterThanOrEqual(origin.x + 4);
        expect(word!.xMax).toBeLessThanOrEqual(origin.x + cell.width - 4);
        expect(word!.yMin).toBeGreaterThanOrEqual(origin.y);
        expect(word!.yMax).toBeLessThanOrEqual(origin.y + cell.height - 4);
        // pdftotext's box of a Courier line is ~0.79 em tall: 8 pt or more is 10 pt type or more.
        expect(word!.yMax - word!.yMin, 'glyph box height in points').toBeGreaterThanOrEqual(8);
      }
    }
  });
});

describe('the SVG code sheet', () => {
  it('writes each code on two lines that fit their cell in a large monospace font', async () => {
    const svg = await qrSheetSvg(codes, { title: 'Review', meetingId: 'qingyuan-2008' });
    const cellWidth = Number(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg)![1]) + 8;
    const groups = [...svg.matchAll(/<g class="code"[^>]*>([\s\S]*?)<\/g>/g)].map((m) =>
      [...m[1]!.matchAll(/<text class="code-line"[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!),
    );
    expect(groups).toHaveLength(codes.length);
    for (const [index, lines] of groups.entries()) {
      expect(lines.join('-')).toBe(codes[index]!.code);
      for (const line of lines) {
        // A monospace glyph advances 0.6 em (Courier, DejaVu Sans Mono, Consolas).
        expect(line.length * 0.6 * CODE_FONT_SIZE).toBeLessThanOrEqual(cellWidth - 24);
      }
    }
    expect(CODE_FONT_SIZE).toBeGreaterThanOrEqual(14);
  });
});

// Keeps the rendering tools honest: the page is one A4 image, as printed.
it('renders the sheet as one A4 page', async () => {
  const pdf = await qrSheetPdf(codes.slice(0, 1), { title: 'Review', meetingId: 'm' });
  const path = join(dir, 'one.pdf');
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
});
