/**
 * Scored pairs of claims (indexes into the profiles), in columns: alignment scores a few dozen
 * pairs per claim, and a million pairs cost four typed arrays rather than a million objects.
 */
export class EdgeList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);
  /** The part of the score the frames give, values aside. */
  frame = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, score: number, frame: number): number {
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = a;
    this.b[i] = b;
    this.score[i] = score;
    this.frame[i] = frame;
    return i;
  }

  /** The given edges, strongest first; ties by position, so the order is fixed. */
  strongestFirst(edges: Iterable<number>): Int32Array {
    const order = Int32Array.from(edges);
    return order.sort((x, y) => (this.score[y] as number) - (this.score[x] as number) || (this.a[x] as number) - (this.a[y] as number) || (this.b[x] as number) - (this.b[y] as number));
  }

  private grow(): void {
    const size = this.a.length * 2;
    const copy = <T extends Int32Array | Float64Array>(old: T, next: T): T => { next.set(old); return next; };
    this.a = copy(this.a, new Int32Array(size));
    this.b = copy(this.b, new Int32Array(size));
    this.score = copy(this.score, new Float64Array(size));
    this.frame = copy(this.frame, new Float64Array(size));
  }
}
