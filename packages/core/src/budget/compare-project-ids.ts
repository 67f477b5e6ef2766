import { compareCodePoints } from '../text/code-point-order.js';

/**
 * Orders project ids as strings in Unicode code-point order, the order Pabulib's reference
 * implementation breaks ties with ({@link compareCodePoints}): `"10" < "9"` and `"60" < "900"`.
 *
 * @example
 * ['9', '10', '900', '60'].sort(compareProjectIds); // ['10', '60', '9', '900']
 */
export const compareProjectIds: (a: string, b: string) => -1 | 0 | 1 = compareCodePoints;
