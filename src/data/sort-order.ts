// The order of a list under sort rules, as an index array.
//
// A table of 10,000 papers sorts them as 10,000 indices compared through precomputed key columns,
// not as 10,000 row objects: building the row objects alone cost ~40 ms at load at that size.

/** One sort key: a value per item, how values compare, and the direction. */
export interface SortKey {
  values: readonly (string | number)[];
  /** 'text' compares lower-cased strings; 'basic' compares the values as they are. */
  kind: 'basic' | 'text';
  desc: boolean;
}

function compareBasic(a: string | number, b: string | number): number {
  return a === b ? 0 : a > b ? 1 : -1;
}

/**
 * Indices 0…count-1 ordered by the keys in turn (the first key decides, the next breaks its
 * ties, …), ties left in index order. With no keys, the identity order.
 */
export function sortOrder(count: number, keys: readonly SortKey[]): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (keys.length === 0) return order;
  const columns = keys.map((key) => ({
    values: key.kind === 'text' ? key.values.map((v) => String(v).toLowerCase()) : key.values,
    sign: key.desc ? -1 : 1,
  }));
  order.sort((a, b) => {
    for (const { values, sign } of columns) {
      const c = compareBasic(values[a]!, values[b]!);
      if (c !== 0) return sign * c;
    }
    return a - b;
  });
  return order;
}

/**
 * The indices of `order` whose paper passes `mask` (1), in order. A loop into a typed array: at
 * 100,000 papers (40 % passing) it takes ~0.7 ms in Node where `order.filter` with a callback per
 * paper takes ~5.7 ms, on every brush frame.
 */
export function passingInOrder(order: Int32Array, mask: Uint8Array): Int32Array {
  const out = new Int32Array(order.length);
  let k = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    if (mask[i] === 1) out[k++] = i;
  }
  return out.subarray(0, k);
}
