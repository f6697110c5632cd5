/** The `code` of the error `f` throws (ILLEGAL_TRANSITION, NOT_FOUND …), or 'OK' when it throws none. */
export function errorCodeOf(f: () => unknown): string {
  try {
    f();
    return 'OK';
  } catch (e) {
    return (e as { code: string }).code;
  }
}
