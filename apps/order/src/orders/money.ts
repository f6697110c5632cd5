/** The money rules of an order, in integer satang. */
export function goodsTotal(quantity: number, unitPriceSatang: number): number {
  return quantity * unitPriceSatang;
}

/** Deposit is a percent of the goods (not of the delivery fee), rounded up to the satang. */
export function depositDue(goodsTotalSatang: number, depositPercent: number): number {
  return Math.ceil((goodsTotalSatang * depositPercent) / 100);
}
