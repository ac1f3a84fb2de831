/** Runs `clients` concurrent loops, each doing its own list of operations; returns operations per second. */
export async function runClients(clients: number, work: (client: number) => Promise<number>): Promise<{ ops: number; seconds: number; perSecond: number }> {
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: clients }, (_, c) => work(c)));
  const seconds = (performance.now() - started) / 1000;
  const ops = counts.reduce((a, b) => a + b, 0);
  return { ops, seconds, perSecond: ops / seconds };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Peak resident memory of this process, in MB. */
export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 0);
