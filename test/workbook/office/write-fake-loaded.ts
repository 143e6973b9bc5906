/** Loading as in Office.js: a property is readable only after load() and the next sync. */
export interface SyncHost {
  record(name: string, args: unknown[]): void;
  later(resolve: () => void): void;
}

/** A property readable only after load() and sync(), as in Office.js. */
export class Loaded<T> {
  private state: "no" | "pending" | "yes" = "no";
  constructor(
    private readonly fake: SyncHost,
    private readonly what: string,
    private readonly read: () => T
  ) {}
  load(): void {
    if (this.state !== "no") return;
    this.state = "pending";
    this.fake.record(`load ${this.what}`, []);
    this.fake.later(() => (this.state = "yes"));
  }
  get value(): T {
    if (this.state !== "yes") throw new Error(`PropertyNotLoaded: ${this.what}`);
    return this.read();
  }
}
