// The fixed-layout rendition (GB/T 9704-2012 PDF) of the documents module: a pure library.
export type {
  Direction,
  FaceRole,
  ImagePlacement,
  Issuer,
  LaidOutDocument,
  LaidOutPage,
  LineRole,
  OfficialDocumentLayout,
  PositionedLine,
  Rule,
  TextRun,
  Urgency,
} from './layoutModel.ts';
export { renderOfficialDocument } from './renderOfficialDocument.ts';
export { layoutDocument, DocumentLayoutError } from './layoutDocument.ts';
export {
  loadFontSet,
  defaultFontDirs,
  defaultFallbackFiles,
  FontsMissingError,
  FANDOL_FACES,
  FALLBACK_FONT_FILES,
  type FontSet,
  type LoadedFont,
} from './fontSet.ts';
export { fontSetMetrics, type TextMetrics } from './textMetrics.ts';
export { chineseDate, printedOnText } from './documentDates.ts';
export { SealImageError } from './sealImage.ts';
