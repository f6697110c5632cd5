import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { field, WholeNumber } from './fields.js';

/** Beyond this a page number only overflows offsets (page=1e300 was a 500 before). */
export const MAX_PAGE = 100_000;

/** A whole number from the query string (`?page=2` arrives as text), from 1 to `max`. */
const pageNumber = (api: { default: number; maximum: number }) =>
  field(
    ApiPropertyOptional(api),
    IsOptional(),
    Type(() => Number),
    WholeNumber(1, api.maximum),
  );

/** `page` of a paged list, from 1. */
export const PageField = () => pageNumber({ default: 1, maximum: MAX_PAGE });
/** `pageSize` of a paged list: 20 by default, at most 100 unless the list says otherwise. */
export const PageSizeField = (size = { default: 20, maximum: 100 }) => pageNumber(size);

/** `page` and `pageSize` of every paged list; list queries extend it (or, extending another class, use its fields). */
export class PageQuery {
  @PageField()
  page?: number;

  @PageSizeField()
  pageSize?: number;
}
