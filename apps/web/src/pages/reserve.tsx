import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import type { Province } from '../api/types';
import { getToken, signOut } from '../auth';
import { AddressForm, addressErrors, EMPTY_ADDRESS } from '../components/address-form';
import type { Address } from '../components/address-form';
import { canReserve, PickupWindows, reserveLabel } from '../components/batch-details';
import { remainingText } from '../components/batch-card';
import { describedBy, Field, TextField } from '../components/field';
import { unitLabel } from '../components/labels';
import { MessageCard, Page } from '../components/states';
import { baht, num } from '../format';
import { t } from '../i18n';
import { useLoad } from '../load';
import { clearPending, pendingFor, readPending } from '../pending';
import { useLocation } from '../router';
import { loadBatch } from './batch';
import type { BatchData } from './batch';
import { FormAlert } from '../components/form';

type Data = BatchData & { provinces: Province[] };
type Body = {
  quantity: number;
  /** never a silent smaller reservation: the consumer sees what is left and decides */
  allowPartial: false;
  fulfilment:
    | { type: 'pickup'; pickupPointId: string }
    | { type: 'delivery'; address: Omit<Address, 'subdistrict'> & { subdistrict?: string } };
};

/** What the order service will ask: the deposit is a percentage of the goods, rounded up to the satang. */
function money(b: BatchData['batch'], qty: number, delivery: boolean) {
  const goods = qty * b.unitPriceSatang;
  const total = goods + (delivery && b.delivery ? b.delivery.feeSatang : 0);
  const deposit = Math.ceil((goods * b.depositPercent) / 100);
  return { total, deposit, balance: total - deposit };
}

const CONFLICT_CODES = ['SOLD_OUT', 'NOT_OPEN', 'LIMIT_EXCEEDED'];

function ReserveForm({ data, reload }: { data: Data; reload: () => void }) {
  const { batch: b, product } = data;
  const { query, navigate } = useLocation();
  const saved = readPending(b.id)?.body as Body | undefined;
  const [qty, setQty] = useState(String(saved?.quantity ?? b.minQuantity));
  const [type, setType] = useState<'pickup' | 'delivery'>(
    saved?.fulfilment.type ?? (b.pickupPoints.length ? 'pickup' : 'delivery'),
  );
  const [pointId, setPointId] = useState(
    saved?.fulfilment.type === 'pickup'
      ? saved.fulfilment.pickupPointId
      : b.pickupPoints.length === 1
        ? b.pickupPoints[0].id
        : '',
  );
  const [address, setAddress] = useState<Address>(
    saved?.fulfilment.type === 'delivery' ? { ...EMPTY_ADDRESS, ...saved.fulfilment.address } : EMPTY_ADDRESS,
  );
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const resumed = useRef(false);
  const max = Math.min(
    b.maxQuantityPerConsumer,
    b.remainingQuantity > 0 ? b.remainingQuantity : b.maxQuantityPerConsumer,
  );
  const q = Number(qty);
  const m = money(b, Number.isInteger(q) && q > 0 ? q : 0, type === 'delivery');
  const point = b.pickupPoints.find((p) => p.id === pointId);
  /** The ways this batch hands over the goods, each with its words on the form. */
  const ways = [
    ...(b.pickupPoints.length > 0 ? [{ way: 'pickup' as const, label: t('reserve.pickup') }] : []),
    ...(b.delivery
      ? [{ way: 'delivery' as const, label: `${t('reserve.delivery')} (${baht(b.delivery.feeSatang)})` }]
      : []),
  ];

  const validate = (): { e: Record<string, string>; body: Body | null } => {
    const e: Record<string, string> = {};
    if (!Number.isInteger(q) || q < b.minQuantity || q > max)
      e.quantity = t('reserve.errQuantity', { min: num(b.minQuantity), max: num(max), unit: unitLabel(b.unit) });
    if (type === 'pickup' && !point) e.pickupPointId = t('reserve.errPoint');
    if (type === 'delivery') Object.assign(e, addressErrors(address));
    if (Object.keys(e).length) return { e, body: null };
    const { subdistrict, ...rest } = address;
    const fulfilment: Body['fulfilment'] =
      type === 'pickup'
        ? { type, pickupPointId: pointId }
        : { type, address: subdistrict ? { ...rest, subdistrict } : rest };
    return { e, body: { quantity: q, allowPartial: false, fulfilment } };
  };
  const check = (): Body | null => {
    const { e, body } = validate();
    setErrors(e);
    return body;
  };
  // once errors are shown, each one goes away as soon as its field is right
  useEffect(() => {
    if (Object.values(errors).some(Boolean)) setErrors(validate().e);
  }, [qty, type, pointId, address]);

  const submit = async (body: Body) => {
    const pending = pendingFor(b.id, body);
    if (!getToken()) return navigate(`/signin?next=${encodeURIComponent(`/batches/${b.id}/reserve?resume=1`)}`);
    setBusy(true);
    setMessage(undefined);
    try {
      const r = await call(
        api.POST('/api/v1/batches/{id}/reservations', {
          params: { path: { id: b.id }, header: { 'Idempotency-Key': pending.key } as never },
          body: body as never,
        }),
      );
      clearPending();
      navigate(r.orderId ? `/orders/${r.orderId}` : `/reservations/${r.id}`, { replace: true });
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.status === 401) {
        signOut();
        return navigate(`/signin?expired=1&next=${encodeURIComponent(`/batches/${b.id}/reserve?resume=1`)}`);
      }
      if (e instanceof ApiError && e.code === 'PHONE_NOT_VERIFIED') {
        // the pending reservation is kept: signing in again leads through the code step and back here
        signOut();
        return navigate(`/signin?unverified=1&next=${encodeURIComponent(`/batches/${b.id}/reserve?resume=1`)}`);
      }
      if (e instanceof ApiError && CONFLICT_CODES.includes(e.code)) {
        clearPending();
        setMessage(t(`reserve.err.${e.code}`));
        reload();
        return;
      }
      if (e instanceof ApiError && e.fields.length) {
        setErrors({
          quantity: e.field('quantity'),
          pickupPointId: e.field('fulfilment.pickupPointId'),
          line1: e.field('fulfilment.address.line1'),
          postalCode: e.field('fulfilment.address.postalCode'),
          phone: e.field('fulfilment.address.phone'),
        });
      }
      setMessage(
        e instanceof ApiError
          ? e.status === 403
            ? t('reserve.err.FORBIDDEN')
            : t('reserve.err.other')
          : t('reserve.err.network'),
      );
    }
  };

  useEffect(() => {
    // back from signing in: the reservation goes through with the key it was given before
    const pending = readPending(b.id);
    if (query.get('resume') === '1' && pending && getToken() && !resumed.current) {
      resumed.current = true;
      void submit(pending.body as Body);
    }
  }, []);

  if (!canReserve(b)) {
    return (
      <MessageCard class="card" role="alert" heading={product.name} body={message ?? t('reserve.closed')}>
        <a href={`/products/${product.id}`}>{t('batch.aboutProduct')}</a>
      </MessageCard>
    );
  }
  return (
    <form
      class="reserve"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const body = check();
        if (body && !busy) void submit(body);
      }}
    >
      <h1>{t('reserve.title', { name: product.name })}</h1>
      <p class="muted">
        {baht(b.unitPriceSatang)} / {unitLabel(b.unit)} · {remainingText(b)}
      </p>
      <FormAlert error={message} />
      <TextField
        id="quantity"
        label={t('reserve.quantity')}
        hint={t('reserve.quantityHint', { min: num(b.minQuantity), max: num(max), unit: unitLabel(b.unit) })}
        error={errors.quantity}
        type="number"
        inputMode="numeric"
        min={b.minQuantity}
        max={max}
        step={1}
        value={qty}
        onValue={setQty}
      />
      <fieldset class="choice">
        <legend>{t('reserve.fulfilment')}</legend>
        {ways.map(({ way, label }) => (
          <label key={way} class="radio">
            <input type="radio" name="type" value={way} checked={type === way} onChange={() => setType(way)} /> {label}
          </label>
        ))}
      </fieldset>
      {type === 'pickup' && (
        <Field id="point" label={t('reserve.point')} error={errors.pickupPointId}>
          <select
            id="point"
            value={pointId}
            onChange={(e) => setPointId(e.currentTarget.value)}
            aria-describedby={describedBy('point', errors.pickupPointId)}
          >
            <option value="">{t('place.choose')}</option>
            {b.pickupPoints.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {point && (
            <div class="point-info">
              <p>{point.address}</p>
              <PickupWindows windows={point.windows} />
            </div>
          )}
        </Field>
      )}
      {type === 'delivery' && (
        <AddressForm value={address} onChange={setAddress} provinces={data.provinces} errors={errors} />
      )}
      <dl class="summary card" aria-live="polite">
        <dt>{t('reserve.total')}</dt>
        <dd>{baht(m.total)}</dd>
        <dt>{t('reserve.depositNow')}</dt>
        <dd class="strong">{baht(m.deposit)}</dd>
        <dt>{t('reserve.balanceLater')}</dt>
        <dd>{baht(m.balance)}</dd>
      </dl>
      <p class="hint">{b.remainingQuantity > 0 ? t('reserve.afterHint') : t('reserve.waitlistHint')}</p>
      <button class="button primary" type="submit" disabled={busy} aria-busy={busy}>
        {busy ? t('reserve.sending') : b.remainingQuantity > 0 ? t('reserve.confirm') : reserveLabel(b)}
      </button>
    </form>
  );
}

export default function ReservePage({ id }: { id: string }) {
  const loaded = useLoad(`/batches/${id}/reserve`, async (): Promise<Data> => {
    const [data, provinces] = await Promise.all([loadBatch(id), call(api.GET('/api/v1/provinces'))]);
    return { ...data, provinces };
  });
  return <Page loaded={loaded}>{(data, reload) => <ReserveForm data={data} reload={reload} />}</Page>;
}
