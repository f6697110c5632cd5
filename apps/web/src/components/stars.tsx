/** A rating as five stars, read out as its label (e.g. "4.5 จาก 5 ดาว"). */
export function Stars({ value, label }: { value: number; label: string }) {
  const full = Math.round(value);
  return (
    <span class="stars" role="img" aria-label={label}>
      {'★'.repeat(full)}
      <span class="off">{'★'.repeat(5 - full)}</span>
    </span>
  );
}
