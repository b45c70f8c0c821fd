import { spawn } from 'node:child_process';

export interface KilledWriter {
  acked: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts the killWriter bundle on `dataDir`, waits for `minAcks` acknowledged writes plus a
 * random delay of up to `jitterMs`, then SIGKILLs it; resolves with what it acknowledged.
 */
export function writeAndKill(
  writer: string,
  dataDir: string,
  prefix: string,
  minAcks = 25,
  jitterMs = 60,
): Promise<KilledWriter> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, dataDir, prefix], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    const acked: string[] = [];
    let killScheduled = false;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 8_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? ''; // an unterminated line was not acknowledged yet
      acked.push(...lines);
      if (!killScheduled && acked.length >= minAcks) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * jitterMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      done({ acked, signal, stderr });
    });
  });
}
