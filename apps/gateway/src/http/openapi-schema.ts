import type { ApiResponseSchemaHost } from '@nestjs/swagger';

/** An inline OpenAPI schema object, as the response decorators take it (response bodies are classes of libs/contracts; this is for the few hand-described ones left). */
export type SchemaObject = Exclude<ApiResponseSchemaHost['schema'], { $ref: string }>;
