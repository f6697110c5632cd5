import type { ApiResponseSchemaHost } from '@nestjs/swagger';

/** An inline OpenAPI schema object, as the response decorators take it (the *-schemas.ts files describe replies with it). */
export type SchemaObject = Exclude<ApiResponseSchemaHost['schema'], { $ref: string }>;
