/**
 * FROZEN: the exact text migration 1767400000000 (ReserveGroupProbes) runs. Never edit this file: a change to
 * reserve_group is a new migration with its own copy — copy this file to sql/<new timestamp>-reserve-group.sql.ts,
 * change the copy, and run it from the new migration. The newest copy is the function as deployed
 * (test/frozen-functions.e2e-spec.ts checks both).
 *
 * Changes (issue 14, the database's cost per reservation): nothing the call does grows with the tables any more.
 * - The consumer's hold is one index probe per item (a scalar subquery on the primary key). As a LATERAL join
 *   the planner flattened it into a hash join over a sequential scan of ALL of consumer_holds, once per group.
 * - The order-opening payload of the new reservations is built from the rows the INSERT returns, in the same
 *   statement: no read of reservations again. Before, the read by `id = ANY (…)` became a sequential scan of
 *   the whole table on a table of ~10,000 rows (the planner's choice for 200 ids), once per group.
 * - Replays (stored reservations whose order is not open yet: rare) are read one primary-key probe each.
 * - A fourth column, open_ids: the reservations whose orders are in open_orders, so the service can pass the
 *   payload to the order service as text, never parsing it (the function is dropped and re-created: its
 *   columns changed).
 * Same items, same results, same payload (the same objects, keys in the same order).
 */
/**
 * reserve_group(items): the live sale's one PostgreSQL call per group (issue 14). The gateway gathers the
 * reservations of a batch that arrive within a short window (or while a group of that batch is in flight)
 * and sends them to harvest-preorder as ONE NATS message whose body — a JSON array — is passed here as it
 * is (no parsing per item in the service). One call, one transaction, one commit for the whole group:
 *
 * 1. every item is checked here, set-based (types, UUIDs, ranges): a malformed item is answered INVALID
 *    naming its field and never fails its neighbours;
 * 2. locks: the group's batch rows FOR UPDATE, sorted by id — the same order in every transaction (no
 *    deadlock); every other writer of a batch's counter (cancel, expiry, harvest) takes the batch row first.
 *    A racing twin of a key on the same batch therefore waits, then finds the first one's row (a replay);
 * 3. ONE read of everything the decision needs, joined per item: the existing row of each (consumer, key)
 *    (a replay), the consumer's hold, whether the pickup point belongs to the batch, and window functions
 *    for the group's own structure (keys and consumers with several items in the group);
 * 4. the decision, first come first served in arrival order per batch: one pass over that read with
 *    scalar arithmetic only (capacity left, partial fill at the edge, waitlist, per-consumer maximum) — no
 *    statement per item and nothing that grows with the group (a request that does not fit is skipped and
 *    the next one is tried, as the harvest allocation does, so this is a pass rather than a running sum);
 * 5. ONE statement writes: the new reservations with ON CONFLICT (consumer_id, idempotency_key) DO NOTHING
 *    (a twin committed on ANOTHER batch meanwhile: that item answers KEY_REUSED and its units stay free),
 *    and — from the rows really inserted — the holds summed per consumer and each batch's counter (the
 *    table CHECK held_within_reservable fails the whole transaction rather than oversell);
 * 6. the answer: `results`, the per-item JSON array the gateway reads (in the items' order, as text: the
 *    service relays it untouched), and `open_orders`, the order-opening payload of every confirmed
 *    reservation of the group whose order is not open yet (new ones and replays), built here so the service
 *    sends it to the order service without reading anything again.
 *
 * Item: {"b": batchId, "c": consumerId, "k": idempotencyKey, "q": quantity, "p": allowPartial|null,
 * "f": {"type": "pickup", "pickupPointId"} | {"type": "delivery", "address": {...}}}.
 * Result: {"o": outcome, "id", "s": status, "q": quantity, "oid": orderId, "f": the field of INVALID};
 * outcomes OK, REPLAY, INVALID, NOT_FOUND, BELOW_MIN, LIMIT_EXCEEDED, BAD_PICKUP, NO_DELIVERY, SOLD_OUT,
 * NOT_OPEN, KEY_REUSED (RESERVE_OUTCOMES in libs/contracts). Only OK writes anything.
 */
const UUID_RE = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** The field of a malformed item `e`, NULL when it is well formed. */
const BAD = `CASE
    WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'item'
    WHEN coalesce(e->>'b', '') !~ ${UUID_RE} THEN 'batchId'
    WHEN coalesce(e->>'c', '') !~ ${UUID_RE} THEN 'consumerId'
    WHEN jsonb_typeof(e->'k') IS DISTINCT FROM 'string' OR length(e->>'k') NOT BETWEEN 1 AND 200 THEN 'Idempotency-Key'
    WHEN jsonb_typeof(e->'q') IS DISTINCT FROM 'number' OR (e->>'q') !~ '^[1-9][0-9]{0,5}$' OR (e->>'q')::integer > 1000000 THEN 'quantity'
    WHEN coalesce(jsonb_typeof(e->'p'), 'null') NOT IN ('boolean', 'null') THEN 'allowPartial'
    WHEN jsonb_typeof(e->'f') IS DISTINCT FROM 'object' THEN 'fulfilment'
    WHEN coalesce(e->'f'->>'type', '') NOT IN ('pickup', 'delivery') THEN 'fulfilment.type'
    WHEN e->'f'->>'type' = 'pickup' AND coalesce(e->'f'->>'pickupPointId', '') !~ ${UUID_RE} THEN 'fulfilment.pickupPointId'
    WHEN e->'f'->>'type' = 'delivery' AND jsonb_typeof(e->'f'->'address') IS DISTINCT FROM 'object' THEN 'fulfilment.address'
  END`;

/** The normalized fields of a well-formed item `e` (only evaluated for those). */
const FULFILMENT = `CASE WHEN e->'f'->>'type' = 'pickup' THEN jsonb_build_object('type', 'pickup', 'pickupPointId', lower(e->'f'->>'pickupPointId'))
                      ELSE jsonb_build_object('type', 'delivery', 'address', e->'f'->'address') END`;
const POINT = `CASE WHEN e->'f'->>'type' = 'pickup' THEN (e->'f'->>'pickupPointId')::uuid END`;

/**
 * One order-opening object (OpenOrderV1, keys in this order) of reservation row `r` (order_id, id, batch_id,
 * consumer_id, quantity, fulfilment, confirmed_at), its batch `bt` and its pickup point's name `pname`.
 */
const OPEN_ORDER = `json_build_object(
             'orderId', r.order_id, 'reservationId', r.id, 'batchId', r.batch_id,
             'productId', bt.product->'productId', 'productName', bt.product->'productName', 'category', bt.product->'category',
             'unit', bt.product->'unit', 'producerId', bt.product->'producerId', 'producerKind', bt.product->'producerKind',
             'producerMemberCount', bt.product->'producerMemberCount', 'promptPayId', bt.product->'promptPayId',
             'laoCode', bt.product->'laoCode', 'districtCode', bt.product->'districtCode', 'provinceCode', bt.product->'provinceCode',
             'consumerId', r.consumer_id, 'quantity', r.quantity, 'unitPriceSatang', bt.unit_price_satang,
             'deliveryFeeSatang', CASE WHEN r.fulfilment->>'type' = 'delivery' THEN coalesce(bt.delivery_fee_satang, 0) ELSE 0 END,
             'depositPercent', bt.deposit_percent,
             'fulfilment', CASE WHEN r.fulfilment->>'type' = 'pickup'
                                THEN json_build_object('type', 'pickup', 'pickupPointId', r.fulfilment->'pickupPointId', 'pickupPointName', coalesce(pname, ''))
                                ELSE json_build_object('type', 'delivery', 'address', r.fulfilment->'address') END,
             'reservedAt', to_char(r.confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export const RESERVE_GROUP_SQL = `
CREATE OR REPLACE FUNCTION reserve_group(p_items jsonb)
RETURNS TABLE (results text, open_orders json, batch_ids uuid[], open_ids uuid[])
LANGUAGE plpgsql AS $fn$
DECLARE
  n integer;
  it record;
  b batches%ROWTYPE;
  v_found boolean := false;
  cur uuid := NULL;
  open_now boolean := false;
  v_reserved integer := 0;
  v_delta integer := 0;
  v_closed boolean := false;
  free integer;
  got integer;
  held integer;
  need integer;
  n_new integer := 0;
  n_done integer;
  n_rows integer;
  v_ins uuid[];
  j integer;
  ex jsonb;
  v_multi jsonb := '{}';   -- holds of consumers with several items in this batch's group (rare): tiny
  v_dupes jsonb := '{}';   -- outcomes of keys that appear several times in the group (rare): tiny
  d_out text[]; d_field text[]; d_id uuid[]; d_status text[]; d_q integer[]; d_order uuid[]; d_open boolean[];
  v_batches uuid[];
  bd_id uuid[] := '{}'; bd_delta integer[] := '{}'; bd_closed boolean[] := '{}';
  v_rep uuid[];
  v_rep_orders json;
  v_rep_ids uuid[];
BEGIN
  IF jsonb_typeof(p_items) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'reserve_group: the items must be a JSON array' USING ERRCODE = '22023';
  END IF;
  n := jsonb_array_length(p_items);
  IF n = 0 THEN results := '[]'; open_orders := '[]'; batch_ids := '{}'; open_ids := '{}'; RETURN NEXT; RETURN; END IF;
  d_out := array_fill(NULL::text, ARRAY[n]); d_field := d_out; d_status := d_out;
  d_id := array_fill(NULL::uuid, ARRAY[n]); d_order := d_id;
  d_q := array_fill(NULL::integer, ARRAY[n]);
  d_open := array_fill(NULL::boolean, ARRAY[n]);

  -- 2. locks: the group's batch rows, sorted. A racing twin of a key on the same batch waits here, then
  -- finds the first one's row (a replay); on another batch, ON CONFLICT below settles it.
  SELECT coalesce(array_agg(DISTINCT x.b ORDER BY x.b), '{}') INTO v_batches
    FROM (SELECT CASE WHEN e->>'b' ~ ${UUID_RE} THEN (e->>'b')::uuid END AS b FROM jsonb_array_elements(p_items) e) x WHERE x.b IS NOT NULL;
  PERFORM 1 FROM batches WHERE id = ANY (v_batches) ORDER BY id FOR UPDATE;
  -- the sweeper opens due batches too; doing it here means a live sale never waits for its tick
  UPDATE batches SET status = 'open', updated_at = now()
   WHERE id = ANY (v_batches) AND batches.status = 'draft' AND opens_at <= now() AND closes_at > now();

  -- 3. + 4. one read, one pass
  FOR it IN
    -- MATERIALIZED: each item is checked once (inlined, the check would be repeated for every column below)
    WITH v AS MATERIALIZED (
      SELECT g.ord::integer AS i, g.e, ${BAD} AS bad FROM jsonb_array_elements(p_items) WITH ORDINALITY AS g(e, ord)
    ), y AS (
      SELECT v.i, v.bad,
             CASE WHEN v.bad IS NULL THEN (v.e->>'b')::uuid END AS b,
             CASE WHEN v.bad IS NULL THEN (v.e->>'c')::uuid END AS c,
             CASE WHEN v.bad IS NULL THEN v.e->>'k' END AS k,
             CASE WHEN v.bad IS NULL THEN (v.e->>'q')::integer END AS q,
             CASE WHEN v.bad IS NULL THEN coalesce((v.e->>'p')::boolean, true) END AS p,
             CASE WHEN v.bad IS NULL THEN v.e->'f'->>'type' = 'delivery' END AS dlv,
             CASE WHEN v.bad IS NULL AND v.e->'f'->>'type' = 'pickup' THEN (v.e->'f'->>'pickupPointId')::uuid END AS pp
        FROM v
    ), z AS (
      SELECT y.*,
             CASE WHEN y.bad IS NULL THEN count(*) OVER (PARTITION BY y.c, y.k) END AS key_n,
             CASE WHEN y.bad IS NULL THEN count(*) OVER (PARTITION BY y.b, y.c) END AS cons_n
        FROM y
    )
    -- LATERAL: one index probe per item, whatever the size of the tables (never a scan of all reservations)
    SELECT z.*, x.id AS ex_id, x.batch_id AS ex_b, x.status AS ex_s, x.quantity AS ex_q, x.order_id AS ex_o, x.opened AS ex_open,
           -- a scalar subquery: one probe of the primary key per item (as a LATERAL join it was flattened into a
           -- hash join over a sequential scan of the whole table)
           coalesce((SELECT h.held FROM consumer_holds h WHERE h.batch_id = z.b AND h.consumer_id = z.c), 0) AS held0,
           (z.pp IS NULL OR EXISTS (SELECT 1 FROM pickup_points pt WHERE pt.id = z.pp AND pt.batch_id = z.b)) AS pp_ok
      FROM z
      LEFT JOIN LATERAL (SELECT x.id, x.batch_id, x.status, x.quantity, x.order_id,
                                NOT EXISTS (SELECT 1 FROM orders_to_open o WHERE o.reservation_id = x.id) AS opened
                           FROM reservations x WHERE x.consumer_id = z.c AND x.idempotency_key = z.k) x ON true
     ORDER BY z.b NULLS FIRST, z.i
  LOOP
    IF it.bad IS NOT NULL THEN d_out[it.i] := 'INVALID'; d_field[it.i] := it.bad; CONTINUE; END IF;

    IF cur IS DISTINCT FROM it.b THEN
      IF cur IS NOT NULL THEN bd_id := bd_id || cur; bd_delta := bd_delta || v_delta; bd_closed := bd_closed || v_closed; END IF;
      cur := it.b;
      SELECT * INTO b FROM batches WHERE id = cur;  -- locked above
      v_found := FOUND;
      v_reserved := coalesce(b.reserved, 0); v_delta := 0; v_closed := false; v_multi := '{}';
      open_now := v_found AND b.status = 'open' AND now() >= b.opens_at AND now() < b.closes_at;
    END IF;

    -- a replay: a key decided earlier in this group, or already stored
    IF it.key_n > 1 THEN
      ex := v_dupes -> (it.c::text || '/' || it.k);
      IF ex IS NOT NULL THEN
        IF (ex->>'b')::uuid <> it.b THEN d_out[it.i] := 'KEY_REUSED'; CONTINUE; END IF;
        d_out[it.i] := 'REPLAY'; d_id[it.i] := (ex->>'id')::uuid; d_status[it.i] := ex->>'s'; d_q[it.i] := (ex->>'q')::integer;
        -- its order is opened with the first item of the key (in this group's payload, if that one was inserted)
        d_order[it.i] := (ex->>'oid')::uuid; d_open[it.i] := true;
        CONTINUE;
      END IF;
    END IF;
    IF it.ex_id IS NOT NULL THEN
      IF it.ex_b <> it.b THEN d_out[it.i] := 'KEY_REUSED'; CONTINUE; END IF;
      d_out[it.i] := 'REPLAY'; d_id[it.i] := it.ex_id; d_status[it.i] := it.ex_s; d_q[it.i] := it.ex_q;
      d_order[it.i] := it.ex_o; d_open[it.i] := it.ex_open;
      CONTINUE;
    END IF;

    IF NOT v_found THEN d_out[it.i] := 'NOT_FOUND'; CONTINUE; END IF;
    IF it.q < b.min_quantity THEN d_out[it.i] := 'BELOW_MIN'; CONTINUE; END IF;
    IF it.q > b.max_per_consumer THEN d_out[it.i] := 'LIMIT_EXCEEDED'; CONTINUE; END IF;
    IF NOT it.pp_ok THEN d_out[it.i] := 'BAD_PICKUP'; CONTINUE; END IF;
    IF it.dlv AND b.delivery_fee_satang IS NULL THEN d_out[it.i] := 'NO_DELIVERY'; CONTINUE; END IF;
    IF v_closed OR (NOT open_now AND b.closed_by_sold_out) THEN d_out[it.i] := 'SOLD_OUT'; CONTINUE; END IF;
    IF NOT open_now THEN d_out[it.i] := 'NOT_OPEN'; CONTINUE; END IF;

    free := b.reservable_quantity - v_reserved;
    IF free >= it.q THEN got := it.q;
    -- a partial fill is still a reservation: it must reach the batch's minimum (fillFor in allocate.ts)
    ELSIF free > 0 AND free >= b.min_quantity AND it.p THEN got := free;
    ELSIF b.waitlist THEN got := 0;
    ELSE d_out[it.i] := 'SOLD_OUT'; CONTINUE;
    END IF;

    -- the per-consumer maximum counts what the consumer already holds (confirmed and waitlisted)
    held := CASE WHEN it.cons_n > 1 THEN coalesce((v_multi->>(it.c::text))::integer, it.held0) ELSE it.held0 END;
    need := CASE WHEN got > 0 THEN got ELSE it.q END;
    IF held + need > b.max_per_consumer THEN d_out[it.i] := 'LIMIT_EXCEEDED'; CONTINUE; END IF;
    IF it.cons_n > 1 THEN v_multi := jsonb_set(v_multi, ARRAY[it.c::text], to_jsonb(held + need)); END IF;

    n_new := n_new + 1;
    d_out[it.i] := 'OK'; d_id[it.i] := gen_random_uuid(); d_open[it.i] := false; d_q[it.i] := need;
    IF got > 0 THEN
      v_reserved := v_reserved + got;
      v_delta := v_delta + got;
      d_status[it.i] := 'confirmed'; d_order[it.i] := gen_random_uuid();
      IF b.close_when_sold_out AND v_reserved = b.reservable_quantity THEN v_closed := true; END IF;
    ELSE
      d_status[it.i] := 'waitlisted';
    END IF;
    IF it.key_n > 1 THEN
      v_dupes := jsonb_set(v_dupes, ARRAY[it.c::text || '/' || it.k],
                           jsonb_build_object('b', it.b, 'id', d_id[it.i], 's', d_status[it.i], 'q', d_q[it.i], 'oid', d_order[it.i]));
    END IF;
  END LOOP;
  IF cur IS NOT NULL THEN bd_id := bd_id || cur; bd_delta := bd_delta || v_delta; bd_closed := bd_closed || v_closed; END IF;

  -- 5. the writes, set-based, in one statement: the holds and the counters move by what was really inserted
  IF n_new > 0 OR true = ANY (bd_closed) THEN
    WITH ins AS (
      INSERT INTO reservations (id, batch_id, consumer_id, idempotency_key, status, requested, quantity, allow_partial, fulfilment,
                                pickup_point_id, order_id, confirmed_seq, confirmed_at)
      SELECT d_id[g.ord], (e->>'b')::uuid, (e->>'c')::uuid, e->>'k', d_status[g.ord], (e->>'q')::integer, d_q[g.ord],
             coalesce((e->>'p')::boolean, true), ${FULFILMENT}, ${POINT}, d_order[g.ord],
             CASE WHEN d_status[g.ord] = 'confirmed' THEN nextval('reservation_confirm_seq') END,
             CASE WHEN d_status[g.ord] = 'confirmed' THEN now() END
        FROM jsonb_array_elements(p_items) WITH ORDINALITY AS g(e, ord)
       WHERE d_out[g.ord] = 'OK'
       ORDER BY g.ord
      ON CONFLICT (consumer_id, idempotency_key) DO NOTHING
      RETURNING id, batch_id, consumer_id, status, quantity, order_id, fulfilment, pickup_point_id, confirmed_at
    ), due AS (
      -- the orders to open: the confirmed ones really inserted (the retry loop opens them if nobody else does)
      INSERT INTO orders_to_open (reservation_id) SELECT ins.id FROM ins WHERE ins.status = 'confirmed'
    ), holds AS (
      INSERT INTO consumer_holds AS h (batch_id, consumer_id, held)
      SELECT ins.batch_id, ins.consumer_id, sum(ins.quantity) FROM ins GROUP BY 1, 2
      ON CONFLICT (batch_id, consumer_id) DO UPDATE SET held = h.held + EXCLUDED.held
    ), counters AS (
      -- decided under the row lock, so it fits; if it did not, CHECK held_within_reservable fails the whole
      -- transaction and nobody gets a 201
      UPDATE batches bt SET reserved = bt.reserved + u.delta,
             status = CASE WHEN u.closed AND bt.reserved + u.delta = bt.reservable_quantity THEN 'closed' ELSE bt.status END,
             closed_by_sold_out = bt.closed_by_sold_out OR (u.closed AND bt.reserved + u.delta = bt.reservable_quantity),
             updated_at = now()
        FROM (SELECT c.id, coalesce(sum(ins.quantity) FILTER (WHERE ins.status = 'confirmed'), 0)::integer AS delta, c.closed
                FROM unnest(bd_id, bd_closed) AS c(id, closed) LEFT JOIN ins ON ins.batch_id = c.id
               GROUP BY c.id, c.closed) u
       WHERE bt.id = u.id AND (u.delta > 0 OR u.closed)
      RETURNING bt.id
    ), gb AS MATERIALIZED (
      -- the group's batch rows and pickup points read once (the counters above do not change what is read here)
      SELECT id, product, unit_price_satang, delivery_fee_satang, deposit_percent FROM batches WHERE id = ANY (v_batches)
    ), pts AS MATERIALIZED (
      SELECT id, name FROM pickup_points WHERE batch_id = ANY (v_batches)
    )
    -- the order-opening payload of the confirmed rows really inserted, from the rows as inserted (no read back)
    SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM counters), (SELECT array_agg(id) FROM ins),
           (SELECT json_agg(${OPEN_ORDER.replace('coalesce(pname', 'coalesce(p.name')})
              FROM ins r JOIN gb bt ON bt.id = r.batch_id LEFT JOIN pts p ON p.id = r.pickup_point_id
             WHERE r.status = 'confirmed'),
           (SELECT array_agg(id) FROM ins WHERE ins.status = 'confirmed')
      INTO n_done, n_rows, v_ins, open_orders, open_ids;
    IF n_done <> n_new THEN
      -- a twin of a key committed on another batch meanwhile: that item is answered KEY_REUSED, its units stay free
      FOR j IN 1 .. n LOOP
        IF d_out[j] = 'OK' AND NOT (d_id[j] = ANY (coalesce(v_ins, '{}'))) THEN
          d_out[j] := 'KEY_REUSED'; d_id[j] := NULL; d_status[j] := NULL; d_q[j] := NULL; d_order[j] := NULL; d_open[j] := NULL;
        END IF;
      END LOOP;
    END IF;
  END IF;

  -- 6. the answer
  SELECT json_agg(json_build_object('o', d_out[g], 'id', d_id[g], 's', d_status[g], 'q', d_q[g], 'oid', d_order[g], 'f', d_field[g]) ORDER BY g)::text
    INTO results FROM generate_series(1, n) AS g;
  -- replays of stored reservations whose order is not open yet (rare: a retry after ORDER_PENDING, a kill): their
  -- payload is read, one primary-key probe each, and follows the new ones'
  SELECT array_agg(DISTINCT d_id[g]) INTO v_rep FROM generate_series(1, n) AS g
   WHERE d_out[g] = 'REPLAY' AND d_open[g] IS NOT TRUE AND d_order[g] IS NOT NULL AND d_status[g] IN ('confirmed', 'allocated');
  IF v_rep IS NOT NULL THEN
    -- one acknowledged meanwhile is sent again, which the order service answers as a no-op
    SELECT json_agg(${OPEN_ORDER.replace('coalesce(pname', 'coalesce(p.name')}), array_agg(r.id)
      INTO v_rep_orders, v_rep_ids
      FROM unnest(v_rep) AS u(id)
      -- LIMIT 1: kept a probe per id (flattened, the planner may scan the whole table for many ids)
      CROSS JOIN LATERAL (SELECT s.* FROM reservations s
                           WHERE s.id = u.id AND s.order_id IS NOT NULL AND s.status IN ('confirmed', 'allocated') LIMIT 1) r
      JOIN batches bt ON bt.id = r.batch_id LEFT JOIN pickup_points p ON p.id = r.pickup_point_id;
    IF v_rep_ids IS NOT NULL THEN
      -- the two JSON arrays joined as text: [new…] + [replays…] = [new…, replays…]
      open_orders := CASE WHEN open_orders IS NULL THEN v_rep_orders
                          ELSE (left(open_orders::text, -1) || ', ' || substr(v_rep_orders::text, 2))::json END;
      open_ids := coalesce(open_ids, '{}') || v_rep_ids;
    END IF;
  END IF;
  open_orders := coalesce(open_orders, '[]');
  open_ids := coalesce(open_ids, '{}');
  batch_ids := v_batches;
  RETURN NEXT;
END
$fn$`;
