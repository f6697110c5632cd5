import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MediaVariant } from '@app/contracts';
import { mediaRepository } from './media.repository.js';

export interface StoredFile {
  contentType: string;
  width: number;
  height: number;
  bytes: Buffer;
}

/**
 * Where photo bytes live: the one interface the catalog writes and reads them through. Files are
 * content-addressed and immutable, so `put` of an existing id and variant is a no-op.
 */
export abstract class MediaStore {
  abstract put(id: string, variant: MediaVariant, file: StoredFile): Promise<void>;
  abstract get(id: string, variant: MediaVariant): Promise<StoredFile | null>;
}

/** The default store: a table in the catalog's own PostgreSQL database (nothing more to run). */
@Injectable()
export class PostgresMediaStore extends MediaStore {
  constructor(private readonly ds: DataSource) {
    super();
  }

  put(id: string, variant: MediaVariant, file: StoredFile): Promise<void> {
    return mediaRepository.insert(this.ds.manager, id, variant, file);
  }

  get(id: string, variant: MediaVariant): Promise<StoredFile | null> {
    return mediaRepository.find(this.ds.manager, id, variant);
  }
}
