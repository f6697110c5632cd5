import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { StaffGate } from '../components/staff-gate';
import { NotFound } from '../components/states';
import { addCatalogs } from '../i18n';
import { match, useLocation } from '../router';
import en from './i18n/en.json';
import th from './i18n/th.json';
import { MeContext } from './me';
import { flushHarvests } from './offline-queue';
import { FARMER_ROUTES } from './routes';

addCatalogs({ th, en });

/** The producer's console under /farmer: a farmer on a phone in the orchard (issue "The web app, part 2"). */
export default function FarmerApp({ rest }: { rest: string }) {
  const { path } = useLocation();
  useEffect(() => {
    // the console opens without signal next time, and harvests kept on the phone go out when it returns
    navigator.serviceWorker?.register('/sw.js').catch(() => undefined);
    void flushHarvests().catch(() => undefined);
    const online = () => void flushHarvests().catch(() => undefined);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  return (
    <StaffGate roles={['producer', 'lao_admin']}>
      {(me) => {
        for (const [pattern, Page] of FARMER_ROUTES as Array<[string, ComponentType<Record<string, unknown>>]>) {
          const params = match(pattern, rest || '/');
          if (params)
            return (
              <MeContext.Provider value={me}>
                <Page key={path} me={me} {...params} />
              </MeContext.Provider>
            );
        }
        return <NotFound />;
      }}
    </StaffGate>
  );
}
