/** How far an area is along its targets: the mean of its three progress figures, null without a target. */
export function progressScore(
  p: { salesCount: number | null; revenueSatang: number | null; beneficiaries: number | null } | undefined,
): number | null {
  if (!p) return null;
  const known = [p.salesCount, p.revenueSatang, p.beneficiaries].filter(
    (x): x is number => x !== null && x !== undefined,
  );
  return known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10 : null;
}

/** The colour band of a progress score (the map and the bars share it). */
export function progressBand(score: number | null): 'none' | 'p0' | 'p25' | 'p50' | 'p75' | 'p100' {
  if (score === null) return 'none';
  if (score >= 100) return 'p100';
  if (score >= 75) return 'p75';
  if (score >= 50) return 'p50';
  if (score >= 25) return 'p25';
  return 'p0';
}
