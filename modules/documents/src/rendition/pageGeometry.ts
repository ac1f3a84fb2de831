/**
 * GB/T 9704-2012 page geometry in PostScript points, measured from the page's top-left corner.
 * A4 paper; 天头 (top margin) 37 mm, 订口 (left, inner margin) 28 mm, 版心 (type area) 156 × 225 mm;
 * the body grid is 22 lines of 28 characters of 3号 (16 pt) type.
 */

export const POINTS_PER_MM = 72 / 25.4;

export function mm(millimetres: number): number {
  return millimetres * POINTS_PER_MM;
}

export const PAGE_WIDTH = mm(210);
export const PAGE_HEIGHT = mm(297);

export const TYPE_AREA = {
  left: mm(28),
  top: mm(37),
  width: mm(156),
  height: mm(225),
  right: mm(28 + 156),
  bottom: mm(37 + 225),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Distance between two body lines (225 mm / 22). */
export const LINE_PITCH = TYPE_AREA.height / LINES_PER_PAGE;
/** Width of one character cell of the body grid (156 mm / 28). */
export const CHAR_PITCH = TYPE_AREA.width / CHARS_PER_LINE;

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = {
  /** 2号: the title. */
  no2: 22,
  /** 3号: body, 发文字号, 签发人, signature and date. */
  no3: 16,
  /** 4号: 版记 and page numbers. */
  no4: 14,
} as const;

/** Body type sits on the grid: each 16 pt glyph advances by one cell, i.e. this spacing is added. */
export const GRID_TRACKING = CHAR_PITCH - TYPE_SIZE.no3;

/** Top edge of a line of the 22-line grid (0-based). */
export function gridLineTop(line: number): number {
  return TYPE_AREA.top + line * LINE_PITCH;
}

/** The grid line whose band contains `y` (may be outside 0–21). */
export function gridLineAt(y: number): number {
  return Math.floor((y - TYPE_AREA.top) / LINE_PITCH);
}

/**
 * Baseline that centres ideographs of `size` vertically in a band; `ideographicCentre` is the height of
 * the ideographs' middle above the baseline, in em.
 */
export function baselineCentredIn(bandTop: number, bandHeight: number, size: number, ideographicCentre: number): number {
  return bandTop + bandHeight / 2 + ideographicCentre * size;
}

/** Header (版头) measures. */
export const HEAD = {
  /** The mark's top edge lies 35 mm below the top of the type area. */
  markTop: TYPE_AREA.top + mm(35),
  /** The red separator line is 4 mm under the 发文字号. */
  separatorGap: mm(4),
  separatorThickness: 1.5,
} as const;

/** 版记 rules: thick first and last (0.35 mm), thin between items (0.25 mm). */
export const VERSION_RECORD_RULE = { thick: mm(0.35), thin: mm(0.25) } as const;

/** The dash of the page number lies 7 mm below the type area. */
export const PAGE_NUMBER_DASH_Y = TYPE_AREA.bottom + mm(7);

/** Diameter at which the seal image is printed (the common 4.2 cm office seal). */
export const SEAL_DIAMETER = mm(42);
