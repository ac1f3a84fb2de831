import { FANDOL_FACES, loadFontSet, type FontSet } from '../../../src/rendition/fontSet.ts';

/**
 * The Fandol fonts the rendition tests draw with. Missing fonts fail the test with what to run
 * (never a skip): loadFontSet's FontsMissingError names the script, and so does a fallback here.
 */

let loading: Promise<FontSet> | null = null;

export function fandolFonts(): Promise<FontSet> {
  loading ??= loadFontSet().then((fonts) => {
    if (fonts.fellBack.length > 0) {
      throw new Error(
        `The Fandol fonts are missing (${fonts.fellBack.map((r) => FANDOL_FACES[r]).join(', ')}): ` +
          'run deploy/scripts/fetch-fonts.sh (it puts them into data/fonts) before the tests.',
      );
    }
    return fonts;
  });
  return loading;
}
