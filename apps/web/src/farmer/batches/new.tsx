import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import { describedBy, Field } from '../../components/field';
import { unitLabel } from '../../components/labels';
import { Page } from '../../components/states';
import { todayBangkok, fromBangkokInput, toBangkokInput } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { mine, useMe } from '../me';
import { FarmerNav } from '../nav';
import { EMPTY_POINT, pickupBody, PickupEditor } from './pickup-editor';
import type { PickupDraft } from './pickup-editor';
import './catalogs';
import { FormAlert } from '../../components/form';

type Values = Record<
  | 'productId'
  | 'harvestStart'
  | 'harvestEnd'
  | 'estimated'
  | 'reservable'
  | 'price'
  | 'deposit'
  | 'min'
  | 'max'
  | 'balanceHours'
  | 'opens'
  | 'closes'
  | 'fee',
  string
>;

/** The checks the service makes too, named by field in Thai before anything is sent. */
function check(v: Values, points: PickupDraft[]): Record<string, string> {
  const e: Record<string, string> = {};
  const whole = (s: string, min: number) => /^\d+$/.test(s) && Number(s) >= min;
  if (!v.productId) e.productId = t('farmer.batches.err.product');
  if (!v.harvestStart) e.harvestStart = t('farmer.batches.err.date');
  if (!v.harvestEnd) e.harvestEnd = t('farmer.batches.err.date');
  else if (v.harvestStart && v.harvestEnd < v.harvestStart) e.harvestEnd = t('farmer.batches.err.harvestOrder');
  if (!whole(v.estimated, 1)) e.estimatedQuantity = t('farmer.batches.err.whole');
  if (!whole(v.reservable, 1)) e.reservableQuantity = t('farmer.batches.err.whole');
  else if (Number(v.reservable) > Number(v.estimated)) e.reservableQuantity = t('farmer.batches.err.reservable');
  if (!/^\d+(\.\d{1,2})?$/.test(v.price)) e.unitPriceSatang = t('farmer.batches.err.price');
  if (!whole(v.deposit, 0) || Number(v.deposit) > 100) e.depositPercent = t('farmer.batches.err.deposit');
  if (!whole(v.min, 1)) e.minQuantity = t('farmer.batches.err.whole');
  if (!whole(v.max, 1)) e.maxQuantityPerConsumer = t('farmer.batches.err.whole');
  else if (Number(v.min) > Number(v.max)) e.minQuantity = t('farmer.batches.err.minMax');
  if (!whole(v.balanceHours, 1) || Number(v.balanceHours) > 720)
    e.balanceDeadlineHours = t('farmer.batches.err.balanceHours');
  if (!v.opens) e.preorderOpensAt = t('farmer.batches.err.date');
  if (!v.closes) e.preorderClosesAt = t('farmer.batches.err.date');
  else if (v.opens && v.closes <= v.opens) e.preorderClosesAt = t('farmer.batches.err.windowOrder');
  if (v.fee && !/^\d+(\.\d{1,2})?$/.test(v.fee)) e.deliveryFee = t('farmer.batches.err.price');
  const body = pickupBody(points);
  if (!body.length && !v.fee) e.pickupPoints = t('farmer.batches.err.pickupOrDelivery');
  body.forEach((p, i) => {
    if (!p.name) e[`pickupPoints[${i}].name`] = t('farmer.batches.err.pointName');
    if (!p.address) e[`pickupPoints[${i}].address`] = t('farmer.batches.err.pointAddress');
    if (p.windows && p.windows[0].end <= p.windows[0].start)
      e[`pickupPoints[${i}].windows[0].end`] = t('farmer.batches.err.hours');
  });
  return e;
}

const satang = (baht: string) => Math.round(Number(baht) * 100);

function BatchForm({ products }: { products: Array<{ id: string; name: string; priceSatang: number; unit: string }> }) {
  const { navigate } = useLocation();
  const now = toBangkokInput(new Date().toISOString());
  const [v, setV] = useState<Values>({
    productId: products.length === 1 ? products[0].id : '',
    harvestStart: '',
    harvestEnd: '',
    estimated: '',
    reservable: '',
    price: products.length === 1 ? String(products[0].priceSatang / 100) : '',
    deposit: '30',
    min: '1',
    max: '10',
    balanceHours: '72',
    opens: now,
    closes: '',
    fee: '',
  });
  const [points, setPoints] = useState<PickupDraft[]>([EMPTY_POINT]);
  const [waitlist, setWaitlist] = useState(true);
  const [closeWhenSoldOut, setCloseWhenSoldOut] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const product = products.find((p) => p.id === v.productId);
  const unit = product ? unitLabel(product.unit) : '';
  const on = (k: keyof Values) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
    const value = e.currentTarget.value;
    setV((old) => ({
      ...old,
      [k]: value,
      ...(k === 'productId' ? { price: String((products.find((p) => p.id === value)?.priceSatang ?? 0) / 100) } : {}),
    }));
  };
  const input = (
    id: string,
    k: keyof Values,
    field: string,
    label: string,
    hint?: string,
    type = 'text',
    extra: Record<string, unknown> = {},
  ) => (
    <Field id={id} label={label} hint={hint} error={errors[field]}>
      <input
        id={id}
        type={type}
        value={v[k]}
        onInput={on(k)}
        aria-describedby={describedBy(id, errors[field], hint)}
        {...extra}
      />
    </Field>
  );

  const submit = async (openNow: boolean) => {
    const e = check(v, points);
    setErrors(e);
    if (Object.keys(e).length) return setMessage(t('farmer.batches.err.fix'));
    setBusy(true);
    setMessage(undefined);
    try {
      const body = {
        productId: v.productId,
        harvestStart: v.harvestStart,
        harvestEnd: v.harvestEnd,
        estimatedQuantity: Number(v.estimated),
        reservableQuantity: Number(v.reservable),
        unitPriceSatang: satang(v.price),
        depositPercent: Number(v.deposit),
        minQuantity: Number(v.min),
        maxQuantityPerConsumer: Number(v.max),
        balanceDeadlineHours: Number(v.balanceHours),
        preorderOpensAt: fromBangkokInput(v.opens),
        preorderClosesAt: fromBangkokInput(v.closes),
        waitlist,
        closeWhenSoldOut,
        pickupPoints: pickupBody(points),
        ...(v.fee ? { delivery: { feeSatang: satang(v.fee) } } : {}),
      };
      const created = await call(api.POST('/api/v1/batches', { body }));
      // a window that starts now may already have been opened by the service's sweep: that is the wish too
      if (openNow)
        await call(api.POST('/api/v1/batches/{id}/open', { params: { path: { id: created.id } } })).catch(
          (e: unknown) => {
            if (!(e instanceof ApiError && e.code === 'ILLEGAL_TRANSITION')) throw e;
          },
        );
      navigate(`/farmer/batches/${created.id}`, { replace: true });
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.fields.length)
        setErrors(
          Object.fromEntries(
            err.fields.map((f) => [
              f.field === 'delivery.feeSatang' ? 'deliveryFee' : f.field,
              t('farmer.batches.err.server', { message: f.message }),
            ]),
          ),
        );
      setMessage(err instanceof ApiError ? t('farmer.batches.err.fix') : t('reserve.err.network'));
    }
  };

  return (
    <form class="batch-form" noValidate onSubmit={(e) => (e.preventDefault(), void submit(true))}>
      <h1>{t('farmer.batches.newTitle')}</h1>
      <FarmerNav />
      <FormAlert error={message} />
      <Field id="product" label={t('farmer.batches.product')} error={errors.productId}>
        <select id="product" value={v.productId} onChange={on('productId')}>
          <option value="">{t('place.choose')}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="card">
        <legend>{t('farmer.batches.harvestWhen')}</legend>
        {input('harvest-start', 'harvestStart', 'harvestStart', t('farmer.batches.harvestStart'), undefined, 'date', {
          min: todayBangkok(),
        })}
        {input('harvest-end', 'harvestEnd', 'harvestEnd', t('farmer.batches.harvestEnd'), undefined, 'date', {
          min: v.harvestStart || todayBangkok(),
        })}
      </fieldset>
      <fieldset class="card">
        <legend>{t('farmer.batches.howMuch')}</legend>
        {input(
          'estimated',
          'estimated',
          'estimatedQuantity',
          t('farmer.batches.estimated', { unit }),
          t('farmer.batches.estimatedHint'),
          'number',
          { inputMode: 'numeric', min: 1 },
        )}
        {input(
          'reservable',
          'reservable',
          'reservableQuantity',
          t('farmer.batches.reservable', { unit }),
          t('farmer.batches.reservableHint'),
          'number',
          { inputMode: 'numeric', min: 1 },
        )}
        {input('price', 'price', 'unitPriceSatang', t('farmer.batches.price', { unit }), undefined, 'text', {
          inputMode: 'decimal',
        })}
        {input(
          'deposit',
          'deposit',
          'depositPercent',
          t('farmer.batches.deposit'),
          t('farmer.batches.depositHint'),
          'number',
          { inputMode: 'numeric', min: 0, max: 100 },
        )}
        <div class="two">
          {input('min', 'min', 'minQuantity', t('farmer.batches.min', { unit }), undefined, 'number', {
            inputMode: 'numeric',
            min: 1,
          })}
          {input('max', 'max', 'maxQuantityPerConsumer', t('farmer.batches.max', { unit }), undefined, 'number', {
            inputMode: 'numeric',
            min: 1,
          })}
        </div>
        {input(
          'balance-hours',
          'balanceHours',
          'balanceDeadlineHours',
          t('farmer.batches.balanceHours'),
          t('farmer.batches.balanceHoursHint'),
          'number',
          { inputMode: 'numeric', min: 1, max: 720 },
        )}
      </fieldset>
      <fieldset class="card">
        <legend>{t('farmer.batches.window')}</legend>
        <p class="hint">{t('farmer.batches.windowHint')}</p>
        {input('opens', 'opens', 'preorderOpensAt', t('farmer.batches.opens'), undefined, 'datetime-local')}
        {input('closes', 'closes', 'preorderClosesAt', t('farmer.batches.closes'), undefined, 'datetime-local', {
          min: v.opens,
        })}
        <label class="radio">
          <input type="checkbox" checked={waitlist} onChange={(e) => setWaitlist(e.currentTarget.checked)} />{' '}
          {t('farmer.batches.waitlist')}
        </label>
        <label class="radio">
          <input
            type="checkbox"
            checked={closeWhenSoldOut}
            onChange={(e) => setCloseWhenSoldOut(e.currentTarget.checked)}
          />{' '}
          {t('farmer.batches.closeWhenSoldOut')}
        </label>
      </fieldset>
      <PickupEditor points={points} onChange={setPoints} errors={errors} />
      {errors.pickupPoints && <p class="field-error">{errors.pickupPoints}</p>}
      {input('fee', 'fee', 'deliveryFee', t('farmer.batches.fee'), t('farmer.batches.feeHint'), 'text', {
        inputMode: 'decimal',
      })}
      <button class="button primary" type="submit" disabled={busy}>
        {t('farmer.batches.createAndOpen')}
      </button>
      <button class="button" type="button" disabled={busy} onClick={() => void submit(false)}>
        {t('farmer.batches.createDraft')}
      </button>
    </form>
  );
}

export default function NewBatchPage() {
  const me = useMe();
  const loaded = useLoad('/farmer/batches/new', () =>
    call(api.GET('/api/v1/products', { params: { query: { ...mine(me), pageSize: 100 } } })),
  );
  return (
    <Page loaded={loaded}>
      {(page) =>
        page.items.length ? <BatchForm products={page.items} /> : <p class="card">{t('farmer.batches.noProducts')}</p>
      }
    </Page>
  );
}
