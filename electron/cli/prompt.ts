/**
 * Questions on the terminal for `pendamping init` and unlocking: a line read plainly, or a
 * passphrase read without echo (raw mode, so nothing typed reaches the screen or the
 * terminal's scrollback). Streams are injected so tests can type into a stand-in.
 */
export interface PromptIo {
  input: NodeJS.ReadStream | (NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(raw: boolean): unknown });
  output: NodeJS.WritableStream;
}

export const terminal = (): PromptIo => ({ input: process.stdin, output: process.stderr });

/** True when a person can answer: both ends are a terminal. */
export const canAsk = (io: PromptIo) => !!io.input.isTTY && typeof io.input.setRawMode === 'function';

export function ask(io: PromptIo, question: string, opts: { hidden?: boolean } = {}): Promise<string> {
  const hidden = !!opts.hidden;
  const input = io.input;
  io.output.write(question);
  return new Promise((resolve, reject) => {
    let answer = '';
    const raw = canAsk(io);
    if (raw) input.setRawMode!(true);
    input.resume();
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      if (raw) input.setRawMode!(false);
      input.pause();
      io.output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new Error('Dibatalkan.')); // Ctrl+C
        if (ch === '\u0004' && answer === '') return finish(new Error('Dibatalkan.')); // Ctrl+D
        if (ch === '\u007f' || ch === '\b') {
          if (answer.length > 0) {
            answer = [...answer].slice(0, -1).join('');
            if (!hidden) io.output.write('\b \b');
          }
          continue;
        }
        if (ch < ' ') continue;
        answer += ch;
        if (!hidden) io.output.write(ch);
      }
    };
    input.on('data', onData);
  });
}
