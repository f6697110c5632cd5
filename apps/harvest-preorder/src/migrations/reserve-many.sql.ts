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
 * Outcomes other than OK/REPLAY write nothing for that request.
 */
export const RESERVE_MANY_SQL = `
CREATE FUNCTION reserve_many(p_batch uuid, p_reqs jsonb)
RETURNS TABLE (i integer, outcome text, reservation_id uuid, status text, quantity integer, order_id uuid, order_opened boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  b batches%ROWTYPE;
  r jsonb;
  ex reservations%ROWTYPE;
  q integer;
  got integer;
  c uuid;
  free integer;
  v_reserved integer;
  v_delta integer := 0;
  v_closed boolean := false;
  open_now boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(h) FROM (
    SELECT DISTINCT hashtextextended((x->>'consumerId') || '/' || (x->>'key'), 0) AS h
      FROM jsonb_array_elements(p_reqs) x ORDER BY 1) k;

  -- the sweeper opens due batches too; doing it here means a live sale never waits for its tick
  UPDATE batches SET status = 'open', updated_at = now()
   WHERE id = p_batch AND batches.status = 'draft' AND opens_at <= now() AND closes_at > now();
  SELECT * INTO b FROM batches WHERE id = p_batch FOR UPDATE;
  v_reserved := b.reserved;
  open_now := FOUND AND b.status = 'open' AND now() >= b.opens_at AND now() < b.closes_at;

  FOR r IN SELECT value FROM jsonb_array_elements(p_reqs) LOOP
    i := (r->>'i')::integer;
    q := (r->>'quantity')::integer;
    c := (r->>'consumerId')::uuid;
    reservation_id := NULL; status := NULL; quantity := NULL; order_id := NULL; order_opened := NULL;

    SELECT * INTO ex FROM reservations x WHERE x.consumer_id = c AND x.idempotency_key = r->>'key';
    IF FOUND THEN
      IF ex.batch_id <> p_batch THEN outcome := 'KEY_REUSED'; RETURN NEXT; CONTINUE; END IF;
      outcome := 'REPLAY'; reservation_id := ex.id; status := ex.status; quantity := ex.quantity;
      order_id := ex.order_id; order_opened := ex.order_opened;
      RETURN NEXT; CONTINUE;
    END IF;

    IF b.id IS NULL THEN outcome := 'NOT_FOUND'; RETURN NEXT; CONTINUE; END IF;
    IF q < b.min_quantity THEN outcome := 'BELOW_MIN'; RETURN NEXT; CONTINUE; END IF;
    IF q > b.max_per_consumer THEN outcome := 'LIMIT_EXCEEDED'; RETURN NEXT; CONTINUE; END IF;
    IF r->>'pickupPointId' IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM pickup_points p WHERE p.id = (r->>'pickupPointId')::uuid AND p.batch_id = p_batch) THEN
      outcome := 'BAD_PICKUP'; RETURN NEXT; CONTINUE;
    END IF;
    IF (r->>'delivery')::boolean AND b.delivery_fee_satang IS NULL THEN outcome := 'NO_DELIVERY'; RETURN NEXT; CONTINUE; END IF;
    IF v_closed OR (NOT open_now AND b.closed_by_sold_out) THEN outcome := 'SOLD_OUT'; RETURN NEXT; CONTINUE; END IF;
    IF NOT open_now THEN outcome := 'NOT_OPEN'; RETURN NEXT; CONTINUE; END IF;

    free := b.reservable_quantity - v_reserved;
    IF free >= q THEN got := q;
    ELSIF free > 0 AND (r->>'allowPartial')::boolean THEN got := free;
    ELSIF b.waitlist THEN got := 0;
    ELSE outcome := 'SOLD_OUT'; RETURN NEXT; CONTINUE;
    END IF;

    -- the per-consumer maximum counts what the consumer already holds (confirmed and waitlisted)
    INSERT INTO consumer_holds AS h (batch_id, consumer_id, held) VALUES (p_batch, c, CASE WHEN got > 0 THEN got ELSE q END)
      ON CONFLICT (batch_id, consumer_id) DO UPDATE SET held = h.held + EXCLUDED.held
      WHERE h.held + EXCLUDED.held <= b.max_per_consumer;
    IF NOT FOUND THEN outcome := 'LIMIT_EXCEEDED'; RETURN NEXT; CONTINUE; END IF;

    reservation_id := (r->>'id')::uuid;
    IF got > 0 THEN
      v_reserved := v_reserved + got;
      v_delta := v_delta + got;
      status := 'confirmed'; quantity := got; order_id := (r->>'orderId')::uuid;
      INSERT INTO reservations (id, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment,
                                pickup_point_id, order_id, confirmed_seq, confirmed_at)
      VALUES (reservation_id, p_batch, c, r->>'key', 'confirmed', q, got, (r->>'allowPartial')::boolean, r->'fulfilment',
              (r->>'pickupPointId')::uuid, order_id, nextval('reservation_confirm_seq'), now());
      IF b.close_when_sold_out AND v_reserved = b.reservable_quantity THEN v_closed := true; END IF;
    ELSE
      status := 'waitlisted'; quantity := q;
      INSERT INTO reservations (id, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment, pickup_point_id)
      VALUES (reservation_id, p_batch, c, r->>'key', 'waitlisted', q, q, (r->>'allowPartial')::boolean, r->'fulfilment', (r->>'pickupPointId')::uuid);
    END IF;
    outcome := 'OK'; order_opened := false;
    RETURN NEXT;
  END LOOP;

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
