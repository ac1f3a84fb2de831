import { loadFontSet, renderOfficialDocument, type OfficialDocumentLayout } from '../rendition/index.ts';

/** The rendition process (see renditionProcess.ts): one document in, its PDF out, then it exits. */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

process.once('message', (input: OfficialDocumentLayout) => {
  void (async () => {
    try {
      const pdf = await renderOfficialDocument(input, await loadFontSet());
      process.send!({ pdf, peakRssMb: peakRssMb() }, () => process.exit(0));
    } catch (err) {
      const e = err as Error;
      process.send!({ error: { name: e.name, message: e.message }, peakRssMb: peakRssMb() }, () => process.exit(0));
    }
  })();
});
