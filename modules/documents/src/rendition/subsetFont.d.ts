// subset-font 2.9.0 ships no types; this is the part of its API the rendition uses.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** 'truetype' is an alias of 'sfnt': an uncompressed OpenType/TrueType file. */
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  }
  /** `font` must be a Buffer: the format is recognised from its first bytes as a string. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
