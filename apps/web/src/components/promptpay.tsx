import type { PaymentInstructions } from '../api/types';
import { baht } from '../format';
import { t } from '../i18n';

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Draws the QR on a white PNG with the amount under it, for paying from the gallery in a bank app. */
async function savePng(svg: string, amount: string, fileName: string): Promise<void> {
  const img = new Image();
  img.src = svgUrl(svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 720;
  canvas.height = 820;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 40, 40, 640, 640);
  g.fillStyle = '#111';
  g.font = '700 44px Sarabun, sans-serif';
  g.textAlign = 'center';
  g.fillText(`PromptPay ${amount}`, 360, 760);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** The PromptPay QR for exactly the amount due now, big enough to scan from another phone. */
export function PromptPayQr({ payment, orderId }: { payment: PaymentInstructions; orderId: string }) {
  if (!payment.promptPay) return null;
  const amount = baht(payment.amountDueSatang);
  const svg = payment.promptPay.qrSvg;
  return (
    <figure class="qr">
      <img src={svgUrl(svg)} alt={t('order.qrAlt', { amount })} width={280} height={280} />
      <figcaption>
        {t('order.qrCaption', { amount })}
        <br />
        <span class="muted small">{t('order.promptPayId', { id: payment.promptPay.promptPayId })}</span>
      </figcaption>
      <button
        type="button"
        class="button"
        onClick={() => void savePng(svg, amount, `promptpay-${orderId.slice(0, 8)}.png`)}
      >
        {t('order.saveQr')}
      </button>
    </figure>
  );
}
