/**
 * Values remembered by key, at most `capacity` of them, in two generations: when the newer one is
 * full it becomes the older and the older is forgotten. What was read recently stays; each step
 * costs a lookup or two (a map that forgets its first key one at a time walks over the holes
 * that deleting leaves at its start).
 */
export class Recent<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.capacity / 2) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
