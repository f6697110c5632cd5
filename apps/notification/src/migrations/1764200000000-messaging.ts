import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@app/messaging';

export class Messaging1764200000000 implements MigrationInterface {
  name = 'Messaging1764200000000';

  async up(qr: QueryRunner): Promise<void> {
    await createOutboxAndInbox(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropOutboxAndInbox(qr);
  }
}
