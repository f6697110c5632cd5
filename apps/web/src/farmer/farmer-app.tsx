import type { ComponentType } from 'preact';
import { StaffGate } from '../components/staff-gate';
import { NotFound } from '../components/states';
import { addCatalogs } from '../i18n';
import { match, useLocation } from '../router';
import en from './i18n/en.json';
import th from './i18n/th.json';
import { FARMER_ROUTES } from './routes';

addCatalogs({ th, en });

/** The producer's console under /farmer: a farmer on a phone in the orchard (issue "The web app, part 2"). */
export default function FarmerApp({ rest }: { rest: string }) {
  const { path } = useLocation();
  return (
    <StaffGate roles={['producer', 'lao_admin']}>
      {(me) => {
        for (const [pattern, Page] of FARMER_ROUTES as Array<[string, ComponentType<Record<string, string>>]>) {
          const params = match(pattern, rest || '/');
          if (params) return <Page key={path} {...params} />;
        }
        return <NotFound />;
      }}
    </StaffGate>
  );
}
