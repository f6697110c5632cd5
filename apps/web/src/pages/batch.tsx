import { api, call } from '../api/client';
import type { Batch, Product } from '../api/types';
import { firstPhoto } from '../components/batch-card';
import { BatchDetails } from '../components/batch-details';
import { Page } from '../components/states';
import { t } from '../i18n';
import { useLoad } from '../load';

export interface BatchData {
  batch: Batch;
  product: Product;
}

export async function loadBatch(id: string): Promise<BatchData> {
  const batch = await call(api.GET('/api/v1/batches/{id}', { params: { path: { id } } }));
  const product = await call(api.GET('/api/v1/products/{id}', { params: { path: { id: batch.productId } } }));
  return { batch, product };
}

export function BatchView({ data: { batch, product } }: { data: BatchData }) {
  return (
    <>
      {firstPhoto(product) && (
        <img class="hero-photo" src={firstPhoto(product)} alt={product.name} width={640} height={480} />
      )}
      <h1>{product.name}</h1>
      <p class="muted">
        <a href={`/producers/${product.producerId}`}>{product.producerName}</a> · {product.place.laoDisplayNameTh}{' '}
        {t('place.provinceShort')}
        {product.place.provinceNameTh}
      </p>
      <BatchDetails batch={batch} heading="h2" />
      {product.story && (
        <section class="card">
          <h2>{t('product.story')}</h2>
          <p class="prose">{product.story}</p>
        </section>
      )}
      <p>
        <a href={`/products/${product.id}`}>{t('batch.aboutProduct')}</a>
      </p>
      <p class="tags">{product.hashtags}</p>
    </>
  );
}

export default function BatchPage({ id }: { id: string }) {
  const loaded = useLoad(`/batches/${id}`, () => loadBatch(id));
  return <Page loaded={loaded}>{(data) => <BatchView data={data} />}</Page>;
}
