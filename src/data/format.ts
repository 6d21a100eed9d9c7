import { format } from 'd3-format';

/** A count with thousands separators, as every view writes counts: 2967 → "2,967". */
export const formatCount = format(',');
