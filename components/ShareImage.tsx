import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface Props {
  siteName: string;
  kicker: string;
  title: string;
  description: string;
}

/** The 1200×630 card shown when a page is shared; sized to stay legible as a thumbnail. */
export function ShareImage({ siteName, kicker, title, description }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#10284a',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 64,
            height: 64,
            borderRadius: 14,
            background: '#ffd25a',
            color: '#10284a',
            fontSize: 30,
          }}
        >
          Lx
        </div>
        {siteName}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ fontSize: 30, color: '#ffd25a', textTransform: 'uppercase', letterSpacing: 2 }}>{kicker}</div>
        <div style={{ fontSize: title.length > 28 ? 72 : 92, lineHeight: 1.05 }}>{title}</div>
        <div style={{ fontSize: 34, lineHeight: 1.35, color: '#d7e3f7' }}>{description}</div>
      </div>
    </div>
  );
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** The PNG of a page's share card, in the page's language. */
export async function shareImageResponse(locale: Locale, title: string, description: string): Promise<ImageResponse> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const index = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  return new ImageResponse(
    <ShareImage siteName={site('name')} kicker={index('glossary')} title={title} description={description} />,
    SHARE_IMAGE_SIZE,
  );
}
