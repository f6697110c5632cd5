import { MigrationInterface, QueryRunner } from 'typeorm';
import { createParkedEvents, dropParkedEvents } from '@app/messaging';

/** Events this service's consumer gave up redelivering (libs/messaging: EventConsumer). */
export class ParkedEvents1764800000000 implements MigrationInterface {
  name = 'ParkedEvents1764800000000';

  async up(qr: QueryRunner): Promise<void> {
    await createParkedEvents(qr);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropParkedEvents(qr);
  }
}
