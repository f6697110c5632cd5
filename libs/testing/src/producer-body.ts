/**
 * The body of POST /api/v1/producers for a farmer of the LAO `laoCode`: contacts not published, paid by
 * PromptPay; `more` adds or changes fields (an account to link, published contacts …).
 */
export function farmerProducerBody(laoCode: string, name: string, more: Record<string, unknown> = {}) {
  return { kind: 'farmer', name, laoCode, contacts: {}, publishContacts: false, promptPayId: '0812345678', ...more };
}
