/**
 * FROZEN: the exact text migration 1767300000000 (OrdersToOpen) runs. Never edit this file: a change
 * to reserve_many is a new migration with its own copy (sql/<its timestamp>-reserve-many.sql.ts). The
 * newest copy is the function as deployed (test/frozen-functions.e2e-spec.ts checks both).
 *
 * Change: the column reservations.order_opened is gone. A confirmed reservation whose order is not open yet
 * has a row in orders_to_open (written here, in the reserving transaction); `order_opened` (a replay's) is
 * "no such row". Same outcomes, same columns.
 */
/**
 * reserve_many(batch, requests): the hot path of a live sale. A replica gathers the reservations that
 * arrive for one batch within a few milliseconds and sends them here in ONE statement; they are decided
 * in arrival order under the batch row's lock and written with ONE conditional UPDATE of the counter and
 * ONE commit. Correctness never depends on the gathering (a group of one is just as correct):
 * - the batch row is locked FOR UPDATE first, so groups of any replica on one batch run one after another,
 *   and every other row (holds, reservations) is locked after it: no lock-order deadlock;
 * - same (consumer, key) requests are serialized by a transaction advisory lock taken (sorted) before the
 *   batch row, so a racing retry finds the first one's row and returns it instead of reserving twice;
 * - the final counter write is conditional (reserved + delta <= reservable) and the table CHECK
 *   held_within_reservable backs it: a wrong delta fails the statement instead of overselling.
 * Outcomes other than OK/REPLAY write nothing for that request. A partial fill below the batch's
 * minimum quantity is no fill: the request is waitlisted (waitlist on) or SOLD_OUT.
 *
 * The row lock is held until the commit, so everything done under it is serialized per batch: the group
 * reads what it needs in three set-based statements (existing keys, pickup points, the consumers' holds),
 * decides in plain PL/pgSQL variables, and writes in three set-based statements (reservations, holds, the
 * counter) — per reservation only a few microseconds of work hold the row, not a statement each.
 */
export const RESERVE_MANY_SQL = `
CREATE OR REPLACE FUNCTION reserve_many(p_batch uuid, p_reqs jsonb)
RETURNS TABLE (i integer, outcome text, reservation_id uuid, status text, quantity integer, order_id uuid, order_opened boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  b batches%ROWTYPE;
  r jsonb;
  ex jsonb;
  q integer;
  got integer;
  c text;
  k text;
  free integer;
  held integer;
  need integer;
  v_keys jsonb;
  v_holds jsonb;
  v_points uuid[];
  v_reserved integer;
  v_delta integer := 0;
  v_closed boolean := false;
  open_now boolean;
  n_new integer := 0;
  a_id uuid[] := '{}'; a_seq bigint[] := '{}'; a_consumer uuid[] := '{}'; a_key text[] := '{}'; a_status text[] := '{}';
  a_requested integer[] := '{}'; a_quantity integer[] := '{}'; a_partial boolean[] := '{}'; a_fulfilment jsonb[] := '{}';
  a_point uuid[] := '{}'; a_order uuid[] := '{}'; a_cseq bigint[] := '{}';
BEGIN
  PERFORM pg_advisory_xact_lock(h) FROM (
    SELECT DISTINCT hashtextextended((x->>'consumerId') || '/' || (x->>'key'), 0) AS h
      FROM jsonb_array_elements(p_reqs) x ORDER BY 1) kk;

  -- the sweeper opens due batches too; doing it here means a live sale never waits for its tick
  UPDATE batches SET status = 'open', updated_at = now()
   WHERE id = p_batch AND batches.status = 'draft' AND opens_at <= now() AND closes_at > now();
  SELECT * INTO b FROM batches WHERE id = p_batch FOR UPDATE;
  v_reserved := b.reserved;
  open_now := FOUND AND b.status = 'open' AND now() >= b.opens_at AND now() < b.closes_at;

  -- everything the group needs to read, in three statements (all writers of these rows lock the batch first)
  SELECT coalesce(jsonb_object_agg(x.consumer_id::text || '/' || x.idempotency_key, jsonb_build_object(
           'batch', x.batch_id, 'id', x.id, 'status', x.status, 'quantity', x.quantity, 'order_id', x.order_id,
           'order_opened', NOT EXISTS (SELECT 1 FROM orders_to_open o WHERE o.reservation_id = x.id))), '{}')
    INTO v_keys
    FROM reservations x
    JOIN (SELECT DISTINCT (e->>'consumerId')::uuid AS cid, e->>'key' AS ik FROM jsonb_array_elements(p_reqs) e) g
      ON x.consumer_id = g.cid AND x.idempotency_key = g.ik;
  SELECT coalesce(array_agg(p.id), '{}') INTO v_points FROM pickup_points p WHERE p.batch_id = p_batch;
  SELECT coalesce(jsonb_object_agg(h.consumer_id::text, h.held), '{}') INTO v_holds
    FROM consumer_holds h
   WHERE h.batch_id = p_batch AND h.consumer_id IN (SELECT DISTINCT (e->>'consumerId')::uuid FROM jsonb_array_elements(p_reqs) e);

  FOR r IN SELECT value FROM jsonb_array_elements(p_reqs) LOOP
    i := (r->>'i')::integer;
    q := (r->>'quantity')::integer;
    c := r->>'consumerId';
    k := c || '/' || (r->>'key');
    reservation_id := NULL; status := NULL; quantity := NULL; order_id := NULL; order_opened := NULL;

    ex := v_keys->k;
    IF ex IS NOT NULL THEN
      IF (ex->>'batch')::uuid <> p_batch THEN outcome := 'KEY_REUSED'; RETURN NEXT; CONTINUE; END IF;
      outcome := 'REPLAY'; reservation_id := (ex->>'id')::uuid; status := ex->>'status'; quantity := (ex->>'quantity')::integer;
      order_id := (ex->>'order_id')::uuid; order_opened := (ex->>'order_opened')::boolean;
      RETURN NEXT; CONTINUE;
    END IF;

    IF b.id IS NULL THEN outcome := 'NOT_FOUND'; RETURN NEXT; CONTINUE; END IF;
    IF q < b.min_quantity THEN outcome := 'BELOW_MIN'; RETURN NEXT; CONTINUE; END IF;
    IF q > b.max_per_consumer THEN outcome := 'LIMIT_EXCEEDED'; RETURN NEXT; CONTINUE; END IF;
    IF r->>'pickupPointId' IS NOT NULL AND NOT ((r->>'pickupPointId')::uuid = ANY (v_points)) THEN
      outcome := 'BAD_PICKUP'; RETURN NEXT; CONTINUE;
    END IF;
    IF (r->>'delivery')::boolean AND b.delivery_fee_satang IS NULL THEN outcome := 'NO_DELIVERY'; RETURN NEXT; CONTINUE; END IF;
    IF v_closed OR (NOT open_now AND b.closed_by_sold_out) THEN outcome := 'SOLD_OUT'; RETURN NEXT; CONTINUE; END IF;
    IF NOT open_now THEN outcome := 'NOT_OPEN'; RETURN NEXT; CONTINUE; END IF;

    free := b.reservable_quantity - v_reserved;
    IF free >= q THEN got := q;
    -- a partial fill is still a reservation: it must reach the batch's minimum (fillFor in allocate.ts)
    ELSIF free > 0 AND free >= b.min_quantity AND (r->>'allowPartial')::boolean THEN got := free;
    ELSIF b.waitlist THEN got := 0;
    ELSE outcome := 'SOLD_OUT'; RETURN NEXT; CONTINUE;
    END IF;

    -- the per-consumer maximum counts what the consumer already holds (confirmed and waitlisted)
    held := coalesce((v_holds->>c)::integer, 0);
    need := CASE WHEN got > 0 THEN got ELSE q END;
    IF held + need > b.max_per_consumer THEN outcome := 'LIMIT_EXCEEDED'; RETURN NEXT; CONTINUE; END IF;
    v_holds := jsonb_set(v_holds, ARRAY[c], to_jsonb(held + need));

    n_new := n_new + 1;
    reservation_id := (r->>'id')::uuid;
    a_id := array_append(a_id, reservation_id);
    a_seq := array_append(a_seq, nextval(pg_get_serial_sequence('reservations', 'seq')));
    a_consumer := array_append(a_consumer, c::uuid);
    a_key := array_append(a_key, r->>'key');
    a_requested := array_append(a_requested, q);
    a_partial := array_append(a_partial, (r->>'allowPartial')::boolean);
    a_fulfilment := array_append(a_fulfilment, r->'fulfilment');
    a_point := array_append(a_point, (r->>'pickupPointId')::uuid);
    IF got > 0 THEN
      v_reserved := v_reserved + got;
      v_delta := v_delta + got;
      status := 'confirmed'; quantity := got; order_id := (r->>'orderId')::uuid;
      a_cseq := array_append(a_cseq, nextval('reservation_confirm_seq'));
      IF b.close_when_sold_out AND v_reserved = b.reservable_quantity THEN v_closed := true; END IF;
    ELSE
      status := 'waitlisted'; quantity := q; order_id := NULL;
      a_cseq := array_append(a_cseq, NULL::bigint);
    END IF;
    a_status := array_append(a_status, status);
    a_quantity := array_append(a_quantity, quantity);
    a_order := array_append(a_order, order_id);
    -- a second request with the same key in this group replays this one
    v_keys := jsonb_set(v_keys, ARRAY[k], jsonb_build_object('batch', p_batch, 'id', reservation_id, 'status', status, 'quantity', quantity,
                                                               'order_id', order_id, 'order_opened', false));
    outcome := 'OK'; order_opened := false;
    RETURN NEXT;
  END LOOP;

  IF n_new > 0 THEN
    INSERT INTO reservations (id, seq, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment,
                              pickup_point_id, order_id, confirmed_seq, confirmed_at)
    SELECT u.id, u.seq, p_batch, u.consumer, u.key, u.status, u.requested, u.quantity, u.partial, u.fulfilment, u.point, u.ord, u.cseq,
           CASE WHEN u.status = 'confirmed' THEN now() END
      FROM unnest(a_id, a_seq, a_consumer, a_key, a_status, a_requested, a_quantity, a_partial, a_fulfilment, a_point, a_order, a_cseq)
        AS u(id, seq, consumer, key, status, requested, quantity, partial, fulfilment, point, ord, cseq);
    INSERT INTO orders_to_open (reservation_id)
    SELECT u.id FROM unnest(a_id, a_status) AS u(id, status) WHERE u.status = 'confirmed';
    INSERT INTO consumer_holds AS h (batch_id, consumer_id, held)
    SELECT p_batch, hc.key::uuid, hc.value::integer FROM jsonb_each_text(v_holds) hc WHERE hc.key::uuid = ANY (a_consumer)
    ON CONFLICT (batch_id, consumer_id) DO UPDATE SET held = EXCLUDED.held;
  END IF;

  IF v_delta > 0 OR v_closed THEN
    UPDATE batches SET reserved = batches.reserved + v_delta,
           status = CASE WHEN v_closed THEN 'closed' ELSE batches.status END,
           closed_by_sold_out = batches.closed_by_sold_out OR v_closed,
           updated_at = now()
     WHERE id = p_batch AND batches.reserved + v_delta <= batches.reservable_quantity;
    IF NOT FOUND THEN RAISE EXCEPTION 'reserve_many: counter of batch % moved under its lock', p_batch; END IF;
  END IF;
END
$fn$`;
