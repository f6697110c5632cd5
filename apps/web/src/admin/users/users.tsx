import { useState } from 'preact/hooks';
import type { Me } from '../../api/types';
import { t } from '../../i18n';
import { CreateUserForm } from './create-user-form';
import type { CreatedUser } from './create-user-form';
import { RevokeButton, RevokeById } from './revoke';

/**
 * Logins of the administrations (POST /admin/users, user-admin.policy.ts): a DLA admin creates province or
 * LAO admins anywhere, a province admin LAO admins of its province. Ending a user's sign-ins needs its id:
 * shown right after creation, or typed (there is no list of users to pick from yet).
 */
export default function UsersPage({ me }: { me: Me }) {
  const [created, setCreated] = useState<CreatedUser[]>([]);
  return (
    <div>
      <h1>{t('admin.users.title')}</h1>
      <CreateUserForm me={me} onCreated={(u) => setCreated((c) => [u, ...c])} />
      {created.length > 0 && (
        <section class="card" aria-labelledby="created-users">
          <h2 id="created-users">{t('admin.users.created')}</h2>
          <ul class="plain-list">
            {created.map((u) => (
              <li key={u.id} class="created-user">
                <p>
                  <strong>{u.name}</strong> · {t(`admin.users.roles.${u.roles[0]}`)} · {u.phone}
                  <br />
                  <span class="small">
                    {t('admin.users.userId')}: <code data-testid="created-user-id">{u.id}</code>
                  </span>
                </p>
                <RevokeButton id={u.id} name={u.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <RevokeById />
    </div>
  );
}
