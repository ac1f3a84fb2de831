import type { TextMetrics } from '../../../src/rendition/textMetrics.ts';

/** Font-free metrics for layout tests: ideographs one em wide, ASCII half an em. */
export const fixedPitchMetrics: TextMetrics = {
  advance: (_face, char) => (/^[\u0020-\u007e]$/u.test(char) ? 0.5 : 1),
  ideographs: () => ({ top: 0.88, bottom: -0.12 }),
};
