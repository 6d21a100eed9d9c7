import { rowSortingFeature, sortFns, tableFeatures } from '@tanstack/react-table';

/** The table model's features: the sorting state and its header toggles. The rows' order comes
 * from `sortOrder` (src/data/sort-order.ts) and filtering happens in the store. */
export const features = tableFeatures({
  rowSortingFeature,
  sortFns,
});
