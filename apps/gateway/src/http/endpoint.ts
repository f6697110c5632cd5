import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
} from '@nestjs/swagger';
import type { ContentObject } from '@nestjs/swagger';

/** An HTTP endpoint as its OpenAPI operation tells it. */
export interface EndpointDoc {
  /** what the endpoint does (the operation's summary) */
  summary: string;
  /** more, when the summary is not enough (the operation's description) */
  description?: string;
  /** the class of the answer's body */
  type?: Type<unknown> | [Type<unknown>];
  /** what the answer is, when its type alone does not say it (the response's description) */
  returns?: string;
  /** the answer's media types, for an answer that is not JSON (an image) or not only JSON */
  content?: ContentObject;
  /** the answer is a file (bytes) of one of these media types: its content and the types it produces */
  files?: readonly string[];
}

type Route = (path?: string) => MethodDecorator;
type Response = typeof ApiOkResponse;

/**
 * One decorator for the route, its status and its OpenAPI operation and answer, instead of the same three
 * or four on every endpoint. The status follows from the verb: 200 (a POST that creates answers 201), or
 * 202 / 204 where the name says so.
 */
function endpoint(route: Route, response: Response, status?: number) {
  return (path: string | undefined, { summary, description, type, returns, content, files }: EndpointDoc) =>
    applyDecorators(
      route(path),
      ...(status ? [HttpCode(status)] : []),
      ApiOperation(description === undefined ? { summary } : { summary, description }),
      response({
        ...(returns === undefined ? {} : { description: returns }),
        ...(type === undefined ? {} : { type }),
        ...(content === undefined ? {} : { content }),
        ...(files === undefined
          ? {}
          : { content: Object.fromEntries(files.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) }),
      }),
      ...(files === undefined ? [] : [ApiProduces(...files)]),
    );
}

/** GET, 200. */
export const Read = endpoint(Get, ApiOkResponse);
/** POST that creates something, 201. */
export const Create = endpoint(Post, ApiCreatedResponse);
/** POST that acts on something that exists (or signs in, checks, starts), 200. */
export const Act = endpoint(Post, ApiOkResponse, 200);
/** POST that starts something and answers before it is done (a code on its way), 202. */
export const Accept = endpoint(Post, ApiAcceptedResponse, 202);
/** POST that acts and answers nothing, 204. */
export const ActNoContent = endpoint(Post, ApiNoContentResponse, 204);
/** PUT, 200. */
export const Replace = endpoint(Put, ApiOkResponse);
/** PATCH, 200. */
export const Change = endpoint(Patch, ApiOkResponse);
/** DELETE, 200. */
export const Remove = endpoint(Delete, ApiOkResponse);
/** DELETE that answers nothing, 204. */
export const RemoveNoContent = endpoint(Delete, ApiNoContentResponse, 204);
