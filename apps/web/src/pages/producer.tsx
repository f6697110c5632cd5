import { api, call } from '../api/client';
import type { Producer, ProductPage } from '../api/types';
import { CardPhoto, firstPhoto, Price } from '../components/batch-card';
import { Page } from '../components/states';
import { t } from '../i18n';
import { useLoad } from '../load';

export interface ProducerData {
  producer: Producer;
  products: ProductPage;
}

export async function loadProducer(id: string): Promise<ProducerData> {
  const [producer, products] = await Promise.all([
    call(api.GET('/api/v1/producers/{id}', { params: { path: { id } } })),
    call(api.GET('/api/v1/products', { params: { query: { producerId: id, pageSize: 100 } } })),
  ]);
  return { producer, products };
}

export function ProducerView({ data: { producer, products } }: { data: ProducerData }) {
  const place = products.items[0]?.place;
  return (
    <>
      <h1>{producer.name}</h1>
      <p class="muted">
        {t(`producerKind.${producer.kind}`)}
        {producer.kind === 'community_enterprise' && ` · ${t('producer.members', { n: producer.memberCount })}`}
        {place && ` · ${place.laoDisplayNameTh} ${t('place.provinceShort')}${place.provinceNameTh}`}
      </p>
      {producer.contacts.phone && (
        <p>
          {t('product.phone')} <a href={`tel:${producer.contacts.phone}`}>{producer.contacts.phone}</a>
        </p>
      )}
      <h2>{t('producer.products')}</h2>
      <ul class="batch-grid">
        {products.items.map((p) => (
          <li class="batch-card" key={p.id}>
            <a href={`/products/${p.id}`}>
              <CardPhoto src={firstPhoto(p)} />
              <div class="body">
                <h3>{p.name}</h3>
                <Price satang={p.priceSatang} unit={p.unit} />
              </div>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function ProducerPage({ id }: { id: string }) {
  const loaded = useLoad(`/producers/${id}`, () => loadProducer(id));
  return <Page loaded={loaded}>{(data) => <ProducerView data={data} />}</Page>;
}
