import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Page } from '../../components/states';
import { FarmerPageTop } from '../nav';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { SlipReview } from './slip-review';
import './texts';
import './orders.css';

/** ตรวจการชำระเงิน: the producer's orders with a slip waiting, oldest first, one card each. */
export function PaymentsPage() {
  const [message, setMessage] = useState<string>();
  const loaded = useLoad('/farmer/payments', () =>
    call(api.GET('/api/v1/orders', { params: { query: { paymentUnderReview: true, pageSize: 100 } } })),
  );
  return (
    <div class="farmer-orders">
      <FarmerPageTop back={t('farmer.orders.back')} title={t('farmer.orders.payments.title')}>
        {t('farmer.orders.payments.intro')}
      </FarmerPageTop>
      <p role="status" class={message ? 'notice' : 'sr-only'}>
        {message}
      </p>
      <Page loaded={loaded}>
        {(list, reload) =>
          list.items.length === 0 ? (
            <p class="card">{t('farmer.orders.payments.empty')}</p>
          ) : (
            [...list.items].reverse().map((o) => (
              <SlipReview
                key={o.id}
                order={o}
                onDone={(m) => {
                  setMessage(m);
                  reload();
                }}
              />
            ))
          )
        }
      </Page>
    </div>
  );
}

export default PaymentsPage;
