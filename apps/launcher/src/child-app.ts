import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

/** One of the apps (api, worker) run as a child process with its own environment. */
export class ChildApp {
  private child?: ChildProcess;
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts the app; `onUnexpectedExit` fires if it dies while it was meant to run. */
  start(onUnexpectedExit: (code: number | null) => void): void {
    this.child = spawn(process.execPath, [this.entry], { env: this.env, stdio: 'inherit' });
    this.child.once('exit', (code) => {
      if (!this.stopping) {
        onUnexpectedExit(code);
      }
    });
  }

  async stop(timeoutMs = 15_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
