import { Writable } from 'node:stream';
import { createInterface, type Interface } from 'node:readline/promises';
import { AdminCommandError } from './adminCommandError.ts';
import { text } from '../i18n/text.ts';

/**
 * Questions on a terminal (or lines piped into stdin, for scripts): each question shows its
 * default in brackets, Enter takes it; secrets are read without echo. Lines are read through
 * readline's async iterator, so answers piped in ahead of their questions are not lost.
 */
export class LineInput {
  private readonly rl: Interface;
  private readonly lines: AsyncIterator<string>;
  private readonly echo: MutableOutput;

  constructor(
    input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
  ) {
    this.echo = new MutableOutput(output);
    const terminal = Boolean((input as { isTTY?: boolean }).isTTY);
    this.rl = createInterface({ input, output: this.echo, terminal });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  private async nextLine(): Promise<string> {
    const next = await this.lines.next();
    if (next.done) throw new AdminCommandError(text('输入已结束，安装未完成', 'Input ended before the questions were answered'));
    return next.value.trim();
  }

  async ask(question: string, fallback?: string): Promise<string> {
    this.rl.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''}: `);
    this.rl.prompt();
    const answer = await this.nextLine();
    return answer === '' ? (fallback ?? '') : answer;
  }

  async secret(question: string): Promise<string> {
    this.rl.setPrompt(`${question}: `);
    this.rl.prompt();
    this.echo.muted = true;
    try {
      return await this.nextLine();
    } finally {
      this.echo.muted = false;
      this.output.write('\n');
    }
  }

  async yesNo(question: string, fallback: boolean): Promise<boolean> {
    for (;;) {
      const answer = (await this.ask(`${question} (y/n)`, fallback ? 'y' : 'n')).toLowerCase();
      if (['y', 'yes', '是', '1'].includes(answer)) return true;
      if (['n', 'no', '否', '0'].includes(answer)) return false;
    }
  }

  close(): void {
    this.rl.close();
  }
}

/** The terminal echo readline writes, silenced while a secret is typed. */
class MutableOutput extends Writable {
  muted = false;
  constructor(private readonly target: NodeJS.WritableStream) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (!this.muted) this.target.write(chunk);
    done();
  }
}
