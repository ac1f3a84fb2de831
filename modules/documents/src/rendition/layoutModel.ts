/**
 * What the fixed-layout rendition takes in (an official document's printable elements) and what the
 * layout step hands to the PDF writer (positioned lines, rules and images per page).
 * Coordinates of the output are PostScript points measured from the page's top-left corner.
 */

export type Urgency = '特急' | '加急';

/** 下行文 (to lower bodies), 上行文 (to a higher body: 请示, 报告) or 平行文. */
export type Direction = 'down' | 'up' | 'parallel';

export interface Issuer {
  /** 发文机关全称 or 规范化简称, e.g. 青海省人民政府办公厅. */
  name: string;
  /** 发文机关标志, e.g. 青海省人民政府办公厅文件; defaults to the name followed by 文件. */
  mark?: string;
}

export interface OfficialDocumentLayout {
  /** 份号: up to six digits, printed as six (e.g. 000123). */
  copyNumber?: string | number;
  urgency?: Urgency;
  /** One issuer, or several for a joint issue (主办机关 first). */
  issuers: Issuer[];
  /** 发文字号, e.g. 青政办〔2026〕12号. */
  docNumber: string;
  direction: Direction;
  /** 签发人 names, printed for upward documents. */
  signers?: string[];
  title: string;
  mainRecipients: string[];
  /** 正文 as plain text: paragraphs separated by newlines or blank lines. */
  body: string;
  /** 附件 names, in order. */
  attachments?: string[];
  /** 发文机关署名; a newline separates several names. */
  signature: string;
  /** 成文日期: a Date (its local calendar day), 'YYYY-MM-DD' or '2026年3月1日'. */
  date: Date | string;
  /** The seal image (PNG bytes), pressed onto the signature and date. */
  seal?: Uint8Array;
  /** 附注, printed in parentheses under the date. */
  note?: string;
  copyTo?: string[];
  /** 印发机关 */
  printedBy: string;
  /** 印发日期 */
  printedOn: Date | string;
}

/** The typefaces GB/T 9704-2012 names, by their role in the document. */
export type FaceRole = 'xiaoBiaoSong' | 'song' | 'fangSong' | 'heiTi' | 'kaiTi';

export const FACE_ROLES: readonly FaceRole[] = ['xiaoBiaoSong', 'song', 'fangSong', 'heiTi', 'kaiTi'];

export type InkColour = 'black' | 'red';

export type LineRole =
  | 'copyNumber'
  | 'urgency'
  | 'mark'
  | 'docNumber'
  | 'signers'
  | 'title'
  | 'mainRecipients'
  | 'body'
  | 'heading'
  | 'attachment'
  | 'signature'
  | 'date'
  | 'note'
  | 'copyTo'
  | 'printedBy'
  | 'pageNumber';

/** Consecutive characters in one face. `x` is where the run starts. */
export interface TextRun {
  text: string;
  face: FaceRole;
  x: number;
}

/** A line of text: its runs share size, colour, character spacing and horizontal scale. */
export interface PositionedLine {
  role: LineRole;
  /** Index (0–21) of the line on the page's 22-line grid; null for elements set off the grid (the mark, page numbers). */
  gridLine: number | null;
  baseline: number;
  size: number;
  runs: TextRun[];
  /** Extra space after every character, in points (PDF Tc, before horizontal scaling). */
  characterSpacing: number;
  /** 1 is normal; the issuing-body mark is compressed to fit the type area. */
  horizontalScale: number;
  colour: InkColour;
}

export type RuleRole = 'separator' | 'versionRecordThick' | 'versionRecordThin';

/** A horizontal rule centred on `y`. */
export interface Rule {
  role: RuleRole;
  x1: number;
  x2: number;
  y: number;
  thickness: number;
  colour: InkColour;
}

/** The seal: its box, top-left corner at (x, y). */
export interface ImagePlacement {
  role: 'seal';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutPage {
  /** 1-based. */
  number: number;
  lines: PositionedLine[];
  rules: Rule[];
  images: ImagePlacement[];
}

export interface LaidOutDocument {
  width: number;
  height: number;
  pages: LaidOutPage[];
  /** Departures from GB/T 9704 or the 2012 regulations the layout could not avoid. */
  warnings: string[];
}
