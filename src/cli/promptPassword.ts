/**
 * Asks for a password on the terminal without echoing it. Only on a terminal:
 * read from a pipe, a password would come from a file or a script, and those
 * should use --password-env instead.
 */
import { UsageError } from './usage.js';

export function promptPassword(question: string, usage: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return Promise.reject(new UsageError('geen wachtwoord: geef --password-env <NAAM> (een omgevingsvariabele met het wachtwoord), of start de opdracht in een terminal om het in te typen', usage));
  }
  // Echo off before the question shows: what is typed as soon as it shows is never echoed.
  input.setRawMode(true);
  process.stderr.write(question);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new UsageError('afgebroken: geen wachtwoord ingevoerd', usage));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    input.on('data', onData);
  });
}
