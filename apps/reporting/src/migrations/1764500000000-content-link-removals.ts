import { defineMigration } from '@app/persistence';

export const ContentLinkRemovals1764500000000 = defineMigration('ContentLinkRemovals1764500000000', {
  async up(qr) {
    // A removal that arrives before its publication (two outbox relays may publish out of order) waits here
    // and is applied when the publication arrives.
    await qr.query(
      `CREATE TABLE content_link_removals (content_link_id text COLLATE "C" PRIMARY KEY, removed_at timestamptz NOT NULL)`,
    );
  },

  async down(qr) {
    await qr.query('DROP TABLE content_link_removals');
  },
});
