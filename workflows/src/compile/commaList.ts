/** A comma-separated attribute value (`kunlun:remind`, `kunlun:inputs` …) as its trimmed, non-empty items. */
export const commaList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
