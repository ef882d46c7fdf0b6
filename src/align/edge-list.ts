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

  /**
   * The given edges, strongest first; ties by position (a, then b), so the order is fixed.
   * Counting sorts rather than one sort with a comparator, which called back into JavaScript
   * some two million times for the 130,000 edges of a thousand articles: edges in push order are
   * in (b, a) order (claims are scored in order, each against its sorted candidates), so a
   * stable pass by a gives (a, b) order, and a stable pass by the rank of the score (among the
   * distinct scores, sorted natively) gives the rest.
   */
  strongestFirst(edges: Iterable<number>): Int32Array {
    const pushed = Int32Array.from(edges).sort();
    const byPosition = stableCountingSort(pushed, (e) => this.a[e] as number);
    const distinct = distinctDescending(byPosition, this.score);
    return stableCountingSort(byPosition, (e) => rankIn(distinct, this.score[e] as number));
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

/** `items` ordered by a small non-negative integer key, items of one key in the order given. */
function stableCountingSort(items: Int32Array, keyOf: (item: number) => number): Int32Array {
  const keys = new Int32Array(items.length);
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i] as number);
    keys[i] = key;
    if (key >= size) size = key + 1;
  }
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < keys.length; i++) starts[(keys[i] as number) + 1] = (starts[(keys[i] as number) + 1] as number) + 1;
  for (let k = 1; k <= size; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const key = keys[i] as number;
    const at = starts[key] as number;
    out[at] = items[i] as number;
    starts[key] = at + 1;
  }
  return out;
}

/** The distinct scores of the edges, highest first (0 and -0 are one score, as they compare equal). */
function distinctDescending(edges: Int32Array, score: Float64Array): Float64Array {
  const sorted = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) sorted[i] = -(score[edges[i] as number] as number);
  sorted.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return sorted.subarray(0, n).map((x) => -x);
}

/** Where a score stands among distinct scores sorted highest first (it is one of them). */
function rankIn(distinct: Float64Array, score: number): number {
  let lo = 0;
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((distinct[mid] as number) > score) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
