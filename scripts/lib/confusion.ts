/** Confusion counts of a binary detector and the rates the training, cross-validation and evaluation reports print. */
// A type alias rather than an interface, so the counts also pass where a Record<string, number> is wanted.
export type Confusion = {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
};

/** Counts `items` by their true class and the detector's answer. */
export function countConfusion<T>(items: Iterable<T>, positive: (item: T) => boolean, flagged: (item: T) => boolean): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const item of items) {
    const hit = flagged(item);
    if (positive(item)) hit ? c.tp++ : c.fn++;
    else hit ? c.fp++ : c.tn++;
  }
  return c;
}

/** Precision, recall, F1 and false-positive rate; an empty denominator counts as 1, so a missing class gives 0. */
export function rates(c: Confusion): { precision: number; recall: number; f1: number; fpr: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), fpr: c.fp / Math.max(1, c.fp + c.tn) };
}
