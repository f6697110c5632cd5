/** The header a logged-in request carries: `.set(bearer(token))`. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The fields a 4xx answer names (`{ fields: [{ field, … }] }`), in its order; none when it names none. */
export const fieldsOf = (res: { body: { fields?: Array<{ field: string }> } }): string[] =>
  (res.body.fields ?? []).map((f) => f.field);
