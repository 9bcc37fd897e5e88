/**
 * Runs async critical sections one at a time, in arrival order. Update handlers and the timer
 * loop both change the cycle's state and wait on activities in between, so they take turns.
 * Deterministic: it only chains promises.
 */
export class SerialLock {
  private tail: Promise<unknown> = Promise.resolve();
  private held = 0;

  isHeld(): boolean {
    return this.held > 0;
  }

  run<T>(section: () => Promise<T>): Promise<T> {
    this.held += 1;
    const result = this.tail.then(section);
    const release = () => {
      this.held -= 1;
    };
    this.tail = result.then(release, release);
    return result;
  }
}
