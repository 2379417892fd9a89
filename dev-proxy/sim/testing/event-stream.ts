// Reads an O2G event channel line by line over a real HTTP stream.

/** One open event stream: take lines one at a time, or read it to its end. */
export class EventStreamReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buffer = '';
  #done = false;

  private constructor(readonly response: Response) {
    if (!response.body) throw new Error('the event channel answered without a body');
    this.#reader = response.body.getReader();
  }

  /** Opens a polling URL as the SDKs do: POST with an empty body and no cookie. */
  static async open(pollingUrl: string, method: 'POST' | 'GET' = 'POST'): Promise<EventStreamReader> {
    const response = await fetch(pollingUrl, { method, headers: { Accept: '*/*' } });
    if (!response.ok)
      throw new Error(`the event channel answered ${response.status}: ${await response.text()}`);
    return new EventStreamReader(response);
  }

  /** The next line, parsed; fails when the stream ends first. */
  async next(): Promise<Record<string, unknown>> {
    const line = await this.#nextLine();
    if (line === undefined) throw new Error('the event stream ended');
    return JSON.parse(line) as Record<string, unknown>;
  }

  /** The next lines that are not keepalives, `count` of them. */
  async take(count: number): Promise<Record<string, unknown>[]> {
    const lines: Record<string, unknown>[] = [];
    while (lines.length < count) {
      const line = await this.next();
      if (line.text !== 'keepalive') lines.push(line);
    }
    return lines;
  }

  /** Reads to the end of the stream; returns what came before it. */
  async rest(): Promise<Record<string, unknown>[]> {
    const lines: Record<string, unknown>[] = [];
    for (let line = await this.#nextLine(); line !== undefined; line = await this.#nextLine())
      lines.push(JSON.parse(line) as Record<string, unknown>);
    return lines;
  }

  async close(): Promise<void> {
    await this.#reader.cancel().catch(() => undefined);
  }

  async #nextLine(): Promise<string | undefined> {
    for (;;) {
      const end = this.#buffer.indexOf('\n');
      if (end >= 0) {
        const line = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 1);
        return line;
      }
      if (this.#done) return undefined;
      const { value, done } = await this.#reader.read();
      if (done) this.#done = true;
      else this.#buffer += this.#decoder.decode(value, { stream: true });
    }
  }
}
