import { useState } from 'preact/hooks';
import { api, ApiError, call, fileBody } from '../../api/client';
import type { Me, Product } from '../../api/types';
import { Field } from '../../components/field';
import { Page } from '../../components/states';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { PhotoField } from './photo-field';
import { ProductFields } from './product-form';
import { errorsOf, fromProduct, photoError, photosOf, toFields, validate } from './product-values';
import type { Errors, ProductValues } from './product-values';
import { ShareKit } from './share-kit';
import './products.css';
import './catalogs';
import { FormAlert } from '../../components/form';

/** One photo's bytes as the body (the gateway reads the type from them). */
function uploadPhoto(productId: string, file: File): Promise<Product> {
  return call(api.POST('/api/v1/products/{id}/photos', { params: { path: { id: productId } }, ...fileBody(file) }));
}

/** /farmer/products/new and /farmer/products/:id — the form, then (once saved) the share kit. */
export default function ProductEditPage({ me, id }: { me: Me; id?: string }) {
  const needProducer = !me.roles.includes('producer');
  const loaded = useLoad(`farmer-product:${id ?? 'new'}`, async () => ({
    product: id ? await call(api.GET('/api/v1/products/{id}', { params: { path: { id } } })) : undefined,
    producers:
      needProducer && !id
        ? (await call(api.GET('/api/v1/producers', { params: { query: { laoCode: me.laoCode, pageSize: 100 } } })))
            .items
        : [],
  }));
  return <Page loaded={loaded}>{(d) => <ProductEditor me={me} initial={d.product} producers={d.producers} />}</Page>;
}

function ProductEditor({
  me,
  initial,
  producers,
}: {
  me: Me;
  initial?: Product;
  producers: Array<{ id: string; name: string }>;
}) {
  const { query, navigate } = useLocation();
  const [product, setProduct] = useState(initial);
  const [values, setValues] = useState<ProductValues>(() => fromProduct(initial, me.producerId ?? ''));
  const [saved, setSaved] = useState<string[]>(() => photosOf(initial));
  const [pending, setPending] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState<string>();
  const [done, setDone] = useState(query.get('saved') === '1');
  const [version, setVersion] = useState(0);
  // one key per new product, kept across retries: a lost answer or a second tap never makes a second product
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const set = <K extends keyof ProductValues>(key: K, value: ProductValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    setDone(false);
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const early = validate(values, !product && !me.producerId);
    setErrors(early);
    setDone(false);
    if (Object.keys(early).length) return;
    setBusy(t('farmer.products.saving'));
    let current = product;
    try {
      // `null` clears a text or the product's own contacts (the API takes it; the generated types, from
      // optional properties without a type, do not say so); a new product simply leaves them out
      const fields = toFields(values, saved);
      const created = Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== null));
      current = current
        ? await call(
            api.PATCH('/api/v1/products/{id}', { params: { path: { id: current.id } }, body: fields as never }),
          )
        : await call(
            api.POST('/api/v1/products', {
              params: { header: { 'idempotency-key': idempotencyKey } },
              body: { ...created, producerId: values.producerId } as never,
            }),
          );
      setProduct(current);
      let left = pending;
      for (const [i, file] of pending.entries()) {
        setBusy(t('farmer.products.uploading', { n: i + 1, total: pending.length }));
        try {
          current = await uploadPhoto(current.id, file);
        } catch (e) {
          // what was sent stays sent; the refused photo and those after it wait, with the reason beside the field
          setProduct(current);
          setSaved(photosOf(current));
          setPending(left);
          setErrors(e instanceof ApiError ? { photos: photoError(e) } : errorsOf(e));
          return;
        }
        left = left.slice(1);
      }
      setPending([]);
      setSaved(photosOf(current));
      setProduct(current);
      if (!initial) return navigate(`/farmer/products/${current.id}?saved=1`, { replace: true });
      setDone(true);
      setVersion((n) => n + 1);
    } catch (e) {
      setErrors(errorsOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const picker =
    !product && !me.producerId ? (
      <Field
        id="producerId"
        label={t('farmer.products.producer')}
        hint={t('farmer.products.producerHint')}
        error={errors.producerId}
      >
        <select id="producerId" value={values.producerId} onChange={(e) => set('producerId', e.currentTarget.value)}>
          <option value="">{t('farmer.products.choose')}</option>
          {producers.map((p) => (
            <option value={p.id}>{p.name}</option>
          ))}
        </select>
      </Field>
    ) : undefined;

  return (
    <>
      <p>
        <a href="/farmer/products">{t('farmer.products.back')}</a>
      </p>
      <h1>{product ? product.name || t('farmer.products.editTitle') : t('farmer.products.newTitle')}</h1>
      <form class="card" onSubmit={submit} noValidate>
        <ProductFields
          v={values}
          e={errors}
          set={set}
          producerPicker={picker}
          photos={
            <PhotoField
              saved={saved}
              pending={pending}
              error={errors.photos}
              disabled={!!busy}
              onSaved={(urls) => (setSaved(urls), setDone(false))}
              onPending={(files) => (setPending(files), setDone(false))}
              onError={(m) => setErrors((e) => ({ ...e, photos: m }))}
            />
          }
        />
        <FormAlert error={errors.form} />
        <div class="fp-actions">
          <button type="submit" class="button primary" disabled={!!busy}>
            {busy ?? t('farmer.products.save')}
          </button>
          <p role="status" class="fp-ok">
            {done && t('farmer.products.saved')}
          </p>
        </div>
      </form>
      {product && (
        <>
          <p>
            <a href={`/products/${product.id}`}>{t('farmer.products.view')}</a>
          </p>
          <ShareKit product={product} version={version} />
        </>
      )}
    </>
  );
}
