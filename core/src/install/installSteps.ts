/**
 * The installer's progress: numbered steps, each announced before it runs and closed with what
 * it did (or why it failed). A step does its work in one transaction or is safe to repeat, so a
 * failed install is finished by running the installer again.
 */
export interface InstallStep {
  title: string;
  /** Lines saying what was done. */
  run(): Promise<string | string[]>;
}

export class StepFailure extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`${step}: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'StepFailure';
  }
}

export async function runSteps(steps: InstallStep[], say: (line: string) => void): Promise<void> {
  const width = String(steps.length).length;
  for (const [i, step] of steps.entries()) {
    const started = performance.now();
    say(`[${String(i + 1).padStart(width)}/${steps.length}] ${step.title}`);
    let result: string | string[];
    try {
      result = await step.run();
    } catch (err) {
      say(`      ✗ 失败 failed`);
      throw new StepFailure(step.title, err);
    }
    const lines = Array.isArray(result) ? result : [result];
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    lines.forEach((line, j) => say(`      ${j === 0 ? '✓' : ' '} ${line}${j === lines.length - 1 ? `  (${seconds} s)` : ''}`));
  }
}
