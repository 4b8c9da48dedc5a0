/**
 * Shares one call among everyone who asks for the same thing while it is under way: the first
 * caller starts it, later callers with the same key get the same promise, and the key is
 * forgotten as soon as the call settles, so nothing is ever served from a cache afterwards.
 */
export class InFlight<T> {
  private readonly calls = new Map<string, Promise<T>>();

  /** The call under way for `key`, or a new one made by `start`. */
  share(key: string, start: () => Promise<T>): Promise<T> {
    const running = this.calls.get(key);
    if (running) return running;
    const call = start().finally(() => this.calls.delete(key));
    this.calls.set(key, call);
    return call;
  }
}
