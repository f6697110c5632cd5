import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Product } from '../../api/types';
import { Page } from '../../components/states';
import { t } from '../../i18n';
import { useLoad } from '../../load';

/** Copies text: the Clipboard API where the browser allows it, else the old select-and-copy. */
async function copy(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    // some in-app browsers leave the clipboard promise pending for ever: give it two seconds
    await Promise.race([
      navigator.clipboard.writeText(text),
      new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 2000)),
    ]);
    return true;
  } catch {
    area?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/**
 * ชุดแชร์: the Thai caption with the programme's hashtags (คัดลอกข้อความ), the pre-order link, and the QR
 * poster (rendered on the server, A4 PNG) to download, print and stick at the stall.
 */
export function ShareKit({ product, version }: { product: Product; version: number }) {
  const kit = useLoad(`share:${product.id}:${version}`, () =>
    call(api.GET('/api/v1/products/{id}/share', { params: { path: { id: product.id } } })),
  );
  const [status, setStatus] = useState<'copied' | 'failed'>();
  let area: HTMLTextAreaElement | null = null;
  const poster = `/api/v1/products/${product.id}/share/poster.png?v=${encodeURIComponent(product.updatedAt)}`;
  return (
    <section class="card" aria-labelledby="share-title">
      <h2 id="share-title">{t('farmer.products.share.title')}</h2>
      <p class="hint">{t('farmer.products.share.lead')}</p>
      <Page loaded={kit}>
        {(k) => (
          <>
            <div class="field">
              <label for="caption">{t('farmer.products.share.caption')}</label>
              <textarea
                id="caption"
                readOnly
                rows={9}
                value={k.caption}
                ref={(el) => {
                  area = el;
                }}
              />
            </div>
            <button
              type="button"
              class="button primary"
              onClick={async () => setStatus((await copy(k.caption, area)) ? 'copied' : 'failed')}
            >
              {t('farmer.products.share.copy')}
            </button>
            <p role="status" class={status === 'failed' ? 'field-error' : 'fp-ok'}>
              {status && t(`farmer.products.share.${status === 'copied' ? 'copied' : 'copyFailed'}`)}
            </p>
            <h3>{t('farmer.products.share.link')}</h3>
            <p>
              <a href={k.url}>{k.url}</a>
            </p>
            <h3>{t('farmer.products.share.poster')}</h3>
            <img
              class="fp-poster"
              src={poster}
              alt={t('farmer.products.share.posterAlt', { name: product.name })}
              width={1240}
              height={1754}
              loading="lazy"
            />
            <a class="button" href={poster} download={`poster-${product.id}.png`}>
              {t('farmer.products.share.download')}
            </a>
          </>
        )}
      </Page>
    </section>
  );
}
