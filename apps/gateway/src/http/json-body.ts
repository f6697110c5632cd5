import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/messaging';

/** No request of this API nests deeper than a few levels; 32 leaves room and keeps every recursive walker safe. */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it (strings and their
 * escapes skipped); stops counting once past `limit`. A body nested 10,000 levels would otherwise overflow
 * the stack of class-transformer and class-validator (500) after JSON.parse took it.
 */
export function jsonDepthOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * No route takes more than a few hundred items in one array (targets: one row per area of a province).
 * A body of 100,000 tiny items is 200 KB, within the size limit, yet class-transformer would turn every one
 * into an instance before the DTO's own ArrayMaxSize refused it — seconds of CPU per request.
 */
export const MAX_JSON_ARRAY = 2_000;

/** The first array longer than `limit` in a parsed body (depth is already bounded). */
export function arrayOver(value: unknown, limit: number): boolean {
  if (Array.isArray(value)) return value.length > limit || value.some((v) => arrayOver(v, limit));
  if (value && typeof value === 'object') return Object.values(value).some((v) => arrayOver(v, limit));
  return false;
}

const bodyError = (message: string) =>
  new DomainError('INVALID_JSON', `Malformed JSON body: ${message}`, [{ field: '(body)', message }]);

/**
 * The only body formats of the JSON routes: a JSON object, at most MAX_JSON_DEPTH deep (400 INVALID_JSON
 * naming `(body)` otherwise: `null`, an array, a number are not a request). A form
 * (application/x-www-form-urlencoded) is refused naming the content type, as the image types are on JSON
 * routes — it used to be parsed into an object and accepted. Fastify's own JSON parser still guards
 * against prototype poisoning.
 */
export function registerJsonBody(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser(
    'application/json',
    { bodyLimit },
    (req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
      const text = body.toString('utf8');
      if (jsonDepthOver(text, MAX_JSON_DEPTH)) return done(bodyError(`nested deeper than ${MAX_JSON_DEPTH} levels`));
      parseJson(req, text, (err: Error | null, value?: unknown) => {
        if (err) return done(err);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          return done(bodyError('must be a JSON object'));
        if (arrayOver(value, MAX_JSON_ARRAY))
          return done(bodyError(`an array holds more than ${MAX_JSON_ARRAY} items`));
        done(null, value);
      });
    },
  );
  app.useBodyParser(
    'application/x-www-form-urlencoded',
    { bodyLimit },
    (req: FastifyRequest, _body: Buffer, done: (err: Error | null) => void) => {
      done(
        DomainError.validation(
          'content-type',
          `${req.headers['content-type']} is not accepted here; send JSON (application/json)`,
        ),
      );
    },
  );
}
