/** Disjoint sets over 0…n-1, for joining spellings by several rules in turn. */
export class UnionFind {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    // Path compression: later finds are near constant.
    for (let j = i; this.parent[j] !== root; ) {
      const next = this.parent[j] ?? root;
      this.parent[j] = root;
      j = next;
    }
    return root;
  }

  /** Joins two sets; the smaller index stays the root, so the result does not depend on call order. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }

  /** The sets, each in increasing order, ordered by their smallest member. */
  groups(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const l = out.get(r);
      if (l) l.push(i);
      else out.set(r, [i]);
    }
    return [...out.values()];
  }
}
