import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { IssuedCode } from '../storage/records.js';
import { codeLines } from './code-lines.js';
import { qrContent } from './qr-content.js';

/** A font file for the sheet's title (TTF, OTF, or a TTC collection with the face's name). */
export interface PdfFont {
  path: string;
  /** The PostScript name of the face inside a collection, e.g. `NotoSansCJKsc-Regular`. */
  name?: string;
}

/** Options of {@link qrSheetPdf}. */
export interface QrSheetPdfOptions {
  /** The meeting's title in the reader's language, printed at the top of each page. */
  title: string;
  /**
   * A title the PDF's built-in fonts can print (Latin letters), used when `title` needs
   * another script and no `font` is given, e.g. the English title of a Chinese meeting.
   */
  fallbackTitle?: string;
  meetingId: string;
  /** What each QR code holds: a URL template with `{meeting}` and `{code}`, or the bare code. */
  voteUrl?: string;
  /** A font that can print `title` (a CJK font for Chinese titles); embedded as a subset. */
  font?: PdfFont;
}

/** Where common Linux distributions install a CJK font that can print Chinese titles. */
const knownCjkFonts: readonly PdfFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  {
    path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    name: 'NotoSansCJKsc-Regular',
  },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYiMicroHei' },
];

/**
 * The first CJK font found at a well-known place on this machine (Noto Sans CJK, WenQuanYi),
 * or `undefined`: then Chinese titles print as their English fallback.
 *
 * @example
 * const font = findCjkFont(); // { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', … } on Debian with fonts-noto-cjk
 */
export function findCjkFont(): PdfFont | undefined {
  return knownCjkFonts.find((font) => existsSync(font.path));
}

/** Text the standard PDF fonts (WinAnsi) can print. */
const latin = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

const COLUMNS = 3;
const ROWS = 4;
const MARGIN = 40;
const QR_SIZE = 112;
/** The largest size of the code under each QR code, in points. */
const CODE_FONT_SIZE = 11;

/**
 * A printable A4 PDF with one QR code per voting code (twelve to a page), the code written
 * under it on two lines at up to 11 pt so it can also be typed, and its anonymous id: cut it up
 * and hand one square to each attendee. The QR codes are drawn as vector squares, so they print sharp at any size.
 *
 * @example
 * const pdf = await qrSheetPdf(codes, { title: '2008 review meeting', meetingId: 'qingyuan-2008' });
 * await writeFile('codes.pdf', pdf);
 */
export async function qrSheetPdf(
  codes: readonly IssuedCode[],
  options: QrSheetPdfOptions,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: options.fallbackTitle ?? options.meetingId, Creator: '@qingyuan/server' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let titleFont = 'Helvetica-Bold';
  let title = options.title;
  if (options.font !== undefined) {
    doc.registerFont('title', options.font.path, options.font.name ?? '');
    titleFont = 'title';
  } else if (!latin.test(title)) {
    title =
      options.fallbackTitle !== undefined && latin.test(options.fallbackTitle)
        ? options.fallbackTitle
        : options.meetingId;
  }

  const perPage = COLUMNS * ROWS;
  const pages = Math.max(1, Math.ceil(codes.length / perPage));
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    const width = doc.page.width - 2 * MARGIN;
    const cellWidth = width / COLUMNS;
    const cellHeight = (doc.page.height - 2 * MARGIN - 40) / ROWS;
    doc.font(titleFont).fontSize(16).text(title, MARGIN, MARGIN, { width, align: 'center' });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`${options.meetingId} · ${page + 1}/${pages}`, MARGIN, MARGIN + 22, {
        width,
        align: 'center',
      });
    for (const [slot, issued] of codes.slice(page * perPage, (page + 1) * perPage).entries()) {
      const x = MARGIN + (slot % COLUMNS) * cellWidth;
      const y = MARGIN + 40 + Math.floor(slot / COLUMNS) * cellHeight;
      const qr = QRCode.create(qrContent(issued, options.meetingId, options.voteUrl), {
        errorCorrectionLevel: 'M',
      });
      const size = qr.modules.size;
      const module = QR_SIZE / (size + 2);
      const left = x + (cellWidth - QR_SIZE) / 2 + module;
      const top = y + 8 + module;
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          if (qr.modules.get(row, col))
            doc.rect(left + col * module, top + row * module, module, module);
        }
      }
      doc.fillColor('#000000').fill();
      // The code on two lines, as large as fits the cell (11 pt for today's codes: ~4 mm tall).
      const lines = codeLines(issued.code);
      doc.font('Courier-Bold').fontSize(CODE_FONT_SIZE);
      const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
      const codeSize = Math.min(CODE_FONT_SIZE, (CODE_FONT_SIZE * (cellWidth - 16)) / widest);
      doc.fontSize(codeSize).fillColor('#000000');
      for (const [n, line] of lines.entries()) {
        doc.text(line, x, y + QR_SIZE + 14 + n * (codeSize + 2), {
          width: cellWidth,
          align: 'center',
          lineBreak: false,
        });
      }
      doc
        .font('Helvetica')
        .fontSize(7)
        .fillColor('#555555')
        .text(issued.id, x, y + QR_SIZE + 18 + 2 * (codeSize + 2), {
          width: cellWidth,
          align: 'center',
        });
      // Dashed cut lines around the cell.
      doc
        .rect(x + 4, y + 2, cellWidth - 8, cellHeight - 4)
        .dash(3, { space: 3 })
        .lineWidth(0.5)
        .strokeColor('#999999')
        .stroke()
        .undash();
    }
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
