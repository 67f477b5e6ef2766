/**
 * The ballot box's receipt in a `2xx` answer to a ballot (`{ receipt, replaced, … }`), if
 * there is one.
 *
 * @example
 * boxReceipt({ receipt: '9f…', replaced: true }); // { receipt: '9f…', replaced: true }
 */
export function boxReceipt(answer: unknown): { receipt: string; replaced: boolean } | undefined {
  if (answer === null || typeof answer !== 'object' || !('receipt' in answer)) return undefined;
  const { receipt } = answer;
  if (typeof receipt !== 'string' || receipt === '') return undefined;
  return { receipt, replaced: 'replaced' in answer && answer.replaced === true };
}
